package vn.giamngheo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.Ledger;
import vn.giamngheo.funding.Posting;
import vn.giamngheo.funding.Project;
import vn.giamngheo.funding.Projects;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.support.ListedHousehold;
import vn.giamngheo.support.Participant;
import vn.giamngheo.support.ProjectParticipants;
import vn.giamngheo.support.SupportGrants;

/**
 * On the first start, right after the demo support (and before the 2025 reform): a community
 * goat-raising project in Xuân Bái with five round-1 households of the commune's lists, paid from
 * the project's budget, accepted in November 2024; their returns under an illustrative rotation
 * rule (20 % within 30 days, marked demo: the province's real rule is data it enters), one partly
 * paid and one not paid (overdue); and a second round funded by the money recovered, itself
 * accepted, with one return. Every amount and decision is illustrative and says so.
 */
@Component
@Order(26)
@ConditionalOnProperty(name = "giamngheo.demo", havingValue = "true")
class DemoCommunityProjects implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoCommunityProjects.class);
    private static final Actor LOADER = Actor.system("demo-loader");
    private static final String DEMO = "Số liệu minh họa";
    private static final String NAME = "Mô hình nuôi dê sinh sản cộng đồng xã Xuân Bái (minh họa)";
    private static final long EACH = 10_000_000L;
    private final ProjectParticipants participants;
    private final SupportGrants grants;
    private final Projects projects;
    private final Catalogue catalogue;
    private final Ledger ledger;
    private final AdminUnits units;
    private final boolean enabled;

    DemoCommunityProjects(
            ProjectParticipants participants,
            SupportGrants grants,
            Projects projects,
            Catalogue catalogue,
            Ledger ledger,
            AdminUnits units,
            @Value("${giamngheo.demo-households:true}") boolean enabled) {
        this.participants = participants;
        this.grants = grants;
        this.projects = projects;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.units = units;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<AdminUnit> found = units.search("Xuân Bái", "COMMUNE", 5).stream()
                .filter(u -> u.name().equals("Xuân Bái"))
                .findFirst();
        if (!enabled
                || found.isEmpty()
                || projects.inUnit(LOADER, found.get().id()).stream()
                        .anyMatch(p -> p.name().equals(NAME))) {
            return;
        }
        AdminUnit xuanBai = found.get();
        List<ListedHousehold> listed = grants.listed(LOADER, xuanBai.id());
        if (listed.size() < 7) {
            return;
        }
        SupportContent livelihood = catalogue.contents().stream()
                .filter(c -> c.code().equals("MO_HINH_DA2"))
                .findFirst()
                .orElseThrow();
        long provinceId = Long.parseLong(xuanBai.path().split("/")[1]);
        ledger.allocate(
                LOADER,
                new Posting(
                        xuanBai.id(),
                        2024,
                        livelihood.componentId(),
                        null,
                        FundingSource.CENTRAL_RECURRENT,
                        60_000_000L,
                        LocalDate.of(2024, 2, 20),
                        DEMO,
                        null));
        Project.RotationRule rule = projects.addRule(
                LOADER,
                new Project.RotationRule(
                        0,
                        provinceId,
                        "Quy định thu hồi, luân chuyển mô hình giảm nghèo (minh họa)",
                        BigDecimal.valueOf(20),
                        30,
                        36,
                        DEMO,
                        "DEMO"));
        Map<FundingSource, Long> budget = new EnumMap<>(FundingSource.class);
        budget.put(FundingSource.CENTRAL_RECURRENT, 60_000_000L);
        Project project = projects.create(
                LOADER,
                new Projects.NewProject(
                        xuanBai.id(),
                        livelihood.componentId(),
                        "COMMUNITY",
                        NAME,
                        "QĐ phê duyệt dự án (" + DEMO + ")",
                        LocalDate.of(2024, 3, 10),
                        null,
                        "Công chức Văn hóa – Xã hội xã Xuân Bái",
                        rule.id(),
                        BigDecimal.valueOf(20),
                        budget,
                        List.of(
                                new Project.Milestone(0, "Giao dê giống cho các hộ", LocalDate.of(2024, 4, 30), null),
                                new Project.Milestone(0, "Nghiệm thu mô hình", LocalDate.of(2024, 11, 30), null)),
                        "DEMO"));
        // round 1: each household joins on its own, so one the rules refuse leaves the others in
        List<Participant> round1 = new ArrayList<>();
        List<ListedHousehold> rest = new ArrayList<>(listed);
        while (round1.size() < 5 && !rest.isEmpty()) {
            ListedHousehold h = rest.remove(0);
            add(round1, () -> participants.join(LOADER, project.id(), request(h, livelihood, 2024, EACH)));
        }
        for (Participant p : round1) {
            var g = grants.get(LOADER, p.grantId());
            grants.pay(
                    LOADER,
                    g.id(),
                    1,
                    LocalDate.of(2024, 4, 15),
                    "Phiếu chi giao dê giống (" + DEMO + ")",
                    g.version());
        }
        Project accepted = projects.accept(LOADER, project.id(), LocalDate.of(2024, 11, 28), project.version());
        // due: 20 % of 10,000,000 = 2,000,000 by 28/12/2024; one pays half, one nothing (overdue)
        long[] paid = {2_000_000L, 2_000_000L, 1_000_000L, 2_000_000L};
        for (int i = 0; i < Math.min(paid.length, round1.size()); i++) {
            participants.recordReturn(
                    LOADER,
                    accepted.id(),
                    round1.get(i).id(),
                    paid[i],
                    LocalDate.of(2024, 12, 10 + i),
                    "PT-" + (101 + i) + " (" + DEMO + ")");
        }
        // round 2: 3,000,000 to each of two households from the 7,000,000 recovered
        List<Participant> round2 = new ArrayList<>();
        while (round2.size() < 2 && !rest.isEmpty()) {
            ListedHousehold h = rest.remove(0);
            add(round2, () -> participants.rotate(LOADER, project.id(), 2, request(h, livelihood, 2025, 3_000_000L)));
        }
        if (!round2.isEmpty()) {
            participants.acceptRound(LOADER, project.id(), 2, LocalDate.of(2025, 11, 25));
            participants.recordReturn(
                    LOADER,
                    project.id(),
                    round2.get(0).id(),
                    600_000L,
                    LocalDate.of(2025, 12, 18),
                    "PT-201 (" + DEMO + ")");
        }
        log.info("Demo community project: {} households in round 1, {} in round 2", round1.size(), round2.size());
    }

    private static ProjectParticipants.Request request(ListedHousehold h, SupportContent c, int year, long amount) {
        return new ProjectParticipants.Request(
                List.of(new ProjectParticipants.Entry(h.householdId(), amount)),
                c.id(),
                FundingSource.CENTRAL_RECURRENT.name(),
                year == 2024 ? LocalDate.of(2024, 4, 1) : LocalDate.of(2025, 1, 20),
                LocalDate.of(year, 12, 31),
                (year == 2024 ? "QĐ phê duyệt danh sách hộ tham gia (" : "QĐ giao vốn luân chuyển vòng 2 (") + DEMO
                        + ")",
                year == 2024 ? LocalDate.of(2024, 3, 25) : LocalDate.of(2025, 1, 15));
    }

    private static void add(List<Participant> into, java.util.function.Supplier<List<Participant>> write) {
        try {
            into.addAll(write.get());
        } catch (InvalidInput e) {
            log.debug("demo participant skipped: {}", e.problems());
        }
    }
}
