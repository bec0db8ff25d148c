package vn.giamngheo.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.shared.Actor;

/**
 * Builds a commune's funding for integration tests through the funding facades, on the test's own
 * units: a year's allocations spent in two tranches, and a community project whose money comes back
 * and goes round. The amounts are fixed so that a test can say what a report must show.
 */
public final class TestLedger {
    public static final String PROGRAM = "MTQG-GNBV-2021-2025";
    /** The share of an allocation paid out on 30 June and on 31 October. */
    public static final int FIRST_TRANCHE_PERCENT = 60;

    public static final int SECOND_TRANCHE_PERCENT = 30;

    private static final Actor SYSTEM = Actor.system("test-ledger");
    private final Catalogue catalogue;
    private final Ledger ledger;
    private final Projects projects;

    public TestLedger(Catalogue catalogue, Ledger ledger, Projects projects) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.projects = projects;
    }

    public Component component(String code) {
        Program p = catalogue.programByCode(PROGRAM).orElseThrow();
        return catalogue.componentByCode(p.id(), code).orElseThrow();
    }

    /**
     * For each sub-project code, {@code amount} from the central budget and a tenth of it as the
     * local counterpart, allocated on 15 February, paid out in two tranches (30 June, 31 October).
     */
    public void spentYear(AdminUnit commune, int year, long amount, String... codes) {
        for (String code : codes) {
            Component c = component(code);
            spend(commune, year, c, FundingSource.CENTRAL_RECURRENT, amount);
            spend(commune, year, c, FundingSource.LOCAL_COUNTERPART, amount / 10);
        }
    }

    private void spend(AdminUnit commune, int year, Component c, FundingSource source, long amount) {
        ledger.allocate(SYSTEM, posting(commune, year, c, source, amount, LocalDate.of(year, 2, 15), null));
        LocalDate[] days = {LocalDate.of(year, 6, 30), LocalDate.of(year, 10, 31)};
        int[] percents = {FIRST_TRANCHE_PERCENT, SECOND_TRANCHE_PERCENT};
        for (int t = 0; t < days.length; t++) {
            ledger.disburse(SYSTEM, posting(commune, year, c, source, amount * percents[t] / 100, days[t], null));
        }
    }

    /**
     * A community project of sub-project DA2 in {@code year} under a rotation rule of the province:
     * 40 million allocated and paid out, accepted, then 8 million recovered and 6 million passed on
     * (2 million left in the rotating fund).
     */
    public Project rotatingProject(AdminUnit commune, AdminUnit province, int year) {
        Component da2 = component("DA2");
        ledger.allocate(
                SYSTEM,
                posting(
                        commune,
                        year,
                        da2,
                        FundingSource.CENTRAL_RECURRENT,
                        40_000_000L,
                        LocalDate.of(year, 3, 1),
                        null));
        Project.RotationRule rule = projects.addRule(
                SYSTEM,
                new Project.RotationRule(
                        0,
                        province.id(),
                        "Quy định luân chuyển thử",
                        BigDecimal.valueOf(20),
                        30,
                        36,
                        "NQ thử",
                        "USER"));
        Project project = projects.create(
                SYSTEM,
                new Projects.NewProject(
                        commune.id(),
                        da2.id(),
                        "COMMUNITY",
                        "Mô hình nuôi bò thử",
                        "QĐ thử",
                        LocalDate.of(year, 3, 15),
                        null,
                        "Công chức Văn hóa – Xã hội",
                        rule.id(),
                        BigDecimal.valueOf(20),
                        Map.of(FundingSource.CENTRAL_RECURRENT, 40_000_000L),
                        List.of(new Project.Milestone(0, "Giao bò giống", LocalDate.of(year, 5, 31), null)),
                        "USER"));
        ledger.disburse(
                SYSTEM,
                posting(
                        commune,
                        year,
                        da2,
                        FundingSource.CENTRAL_RECURRENT,
                        40_000_000L,
                        LocalDate.of(year, 5, 20),
                        project.id()));
        Project accepted = projects.accept(SYSTEM, project.id(), LocalDate.of(year, 11, 28), project.version());
        projects.recordRecovery(
                SYSTEM, accepted.id(), "RECOVERED", 1, 8_000_000L, LocalDate.of(year, 12, 20), "Tổ hợp tác", null);
        projects.recordRecovery(
                SYSTEM, accepted.id(), "ROTATED", 1, 6_000_000L, LocalDate.of(year + 1, 1, 15), "Hộ nhận vòng 2", null);
        return accepted;
    }

    private static Posting posting(
            AdminUnit commune, int year, Component c, FundingSource source, long amount, LocalDate day, Long project) {
        return new Posting(commune.id(), year, c.id(), null, source, amount, day, "Số liệu thử", project);
    }
}
