package vn.giamngheo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.Component;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.Ledger;
import vn.giamngheo.funding.Posting;
import vn.giamngheo.funding.Program;
import vn.giamngheo.funding.Project;
import vn.giamngheo.funding.Projects;
import vn.giamngheo.shared.Actor;

/**
 * Cẩm Châu commune's budget 2022–2024 for the sub-projects seed 001 assigns (DA2, DA3 both
 * sub-projects, DA4 TDA3, DA6, DA7) by source, with disbursements and settlements, and one community
 * production project with recovery and rotation recorded at the project level only, as a commune that
 * kept its books before recording households would have it (the project says so, and its page says
 * that no participant list is recorded; the Xuân Bái goat project of DemoCommunityProjects shows one). Every amount is generated (a fixed seed) and every
 * entry says so in its document field: these are not real figures.
 */
final class DemoFunding {
    static final String DEMO = "Số liệu minh họa (dữ liệu mẫu)";

    private DemoFunding() {}

    static void load(Actor actor, List<AdminUnit> created, Catalogue catalogue, Ledger ledger, Projects projects) {
        AdminUnit camChau = created.stream()
                .filter(u -> u.name().equals("Cẩm Châu") && u.level().equals("COMMUNE"))
                .findFirst()
                .orElse(null);
        AdminUnit thanhHoa = created.stream()
                .filter(u -> u.name().equals("Thanh Hóa") && u.level().equals("PROVINCE"))
                .findFirst()
                .orElse(null);
        Program program = catalogue.programByCode("MTQG-GNBV-2021-2025").orElse(null);
        if (camChau == null || thanhHoa == null || program == null) {
            return;
        }
        Random random = new Random(2022);
        List<String> codes =
                List.of("DA2", "DA3-TDA1", "DA3-TDA2", "DA4-TDA3", "DA6-TDA1", "DA6-TDA2", "DA7-TDA1", "DA7-TDA2");
        for (int year = 2022; year <= 2024; year++) {
            for (String code : codes) {
                Component c = catalogue.componentByCode(program.id(), code).orElseThrow();
                long central = round(60_000_000 + random.nextInt(240_000_000));
                long local = round(central * (10 + random.nextInt(10)) / 100);
                post(ledger, actor, camChau, year, c, FundingSource.CENTRAL_RECURRENT, central, random);
                post(ledger, actor, camChau, year, c, FundingSource.LOCAL_COUNTERPART, local, random);
            }
        }
        Component da2 = catalogue.componentByCode(program.id(), "DA2").orElseThrow();
        ledger.allocate(
                actor,
                new Posting(
                        camChau.id(),
                        2024,
                        da2.id(),
                        null,
                        FundingSource.CENTRAL_RECURRENT,
                        40_000_000L,
                        LocalDate.of(2024, 3, 1),
                        DEMO,
                        null));
        Project.RotationRule rule = projects.addRule(
                actor,
                new Project.RotationRule(
                        0,
                        thanhHoa.id(),
                        "Quy định luân chuyển (minh họa)",
                        BigDecimal.valueOf(20),
                        30,
                        36,
                        DEMO,
                        "DEMO"));
        Map<FundingSource, Long> budget = new EnumMap<>(FundingSource.class);
        budget.put(FundingSource.CENTRAL_RECURRENT, 40_000_000L);
        Project project = projects.create(
                actor,
                new Projects.NewProject(
                        camChau.id(),
                        da2.id(),
                        "COMMUNITY",
                        "Mô hình nuôi bò sinh sản cộng đồng thôn 2 (minh họa, chỉ ghi ở cấp dự án)",
                        DEMO,
                        LocalDate.of(2024, 3, 15),
                        null,
                        "Công chức Văn hóa – Xã hội xã Cẩm Châu",
                        rule.id(),
                        BigDecimal.valueOf(20),
                        budget,
                        List.of(
                                new Project.Milestone(0, "Giao bò giống cho các hộ", LocalDate.of(2024, 5, 31), null),
                                new Project.Milestone(0, "Nghiệm thu mô hình", LocalDate.of(2024, 11, 30), null)),
                        "DEMO"));
        ledger.disburse(
                actor,
                new Posting(
                        camChau.id(),
                        2024,
                        da2.id(),
                        null,
                        FundingSource.CENTRAL_RECURRENT,
                        40_000_000L,
                        LocalDate.of(2024, 5, 20),
                        DEMO,
                        project.id()));
        Project accepted = projects.accept(actor, project.id(), LocalDate.of(2024, 11, 28), project.version());
        projects.recordRecovery(
                actor,
                accepted.id(),
                "RECOVERED",
                1,
                8_000_000L,
                LocalDate.of(2024, 12, 20),
                "Tổ hợp tác (minh họa)",
                DEMO);
        projects.recordRecovery(
                actor,
                accepted.id(),
                "ROTATED",
                1,
                6_000_000L,
                LocalDate.of(2025, 1, 15),
                "Luân chuyển vòng 2, ghi ở cấp dự án (minh họa)",
                DEMO);
    }

    private static void post(
            Ledger ledger, Actor actor, AdminUnit unit, int year, Component c, FundingSource s, long amount, Random r) {
        ledger.allocate(
                actor, new Posting(unit.id(), year, c.id(), null, s, amount, LocalDate.of(year, 2, 15), DEMO, null));
        // older years are nearly all spent, the last one about half (a plausible progress curve)
        int share = year < 2024 ? 85 + r.nextInt(15) : 35 + r.nextInt(30);
        long first = round(amount * share / 100 * 6 / 10);
        long second = round(amount * share / 100) - first;
        ledger.disburse(
                actor, new Posting(unit.id(), year, c.id(), null, s, first, LocalDate.of(year, 6, 30), DEMO, null));
        if (second > 0) {
            ledger.disburse(
                    actor,
                    new Posting(unit.id(), year, c.id(), null, s, second, LocalDate.of(year, 10, 31), DEMO, null));
        }
        if (year < 2024) {
            ledger.settle(
                    actor,
                    new Posting(
                            unit.id(),
                            year,
                            c.id(),
                            null,
                            s,
                            first + second,
                            LocalDate.of(year + 1, 3, 31),
                            DEMO,
                            null));
        }
    }

    /** To the thousand đồng, as budgets are written. */
    private static long round(long amount) {
        return amount / 1000 * 1000;
    }
}
