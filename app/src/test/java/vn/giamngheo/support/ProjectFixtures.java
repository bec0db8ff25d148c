package vn.giamngheo.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.Project;
import vn.giamngheo.funding.Projects;
import vn.giamngheo.funding.SupportContent;

/**
 * What the community project tests share: a project of their own commune's sub-project DA2 with a
 * budget committed in the ledger, under a rotation rule given by the test (the province's rule is
 * data; the figures here are the test's own).
 */
abstract class ProjectFixtures extends SupportFixtures {
    static final String SOURCE = "CENTRAL_RECURRENT";

    @Autowired
    Projects projects;

    @Autowired
    ProjectParticipants participants;

    SupportContent livelihood() {
        return content("MO_HINH_DA2");
    }

    /** A community project of the commune with {@code budget} from the central recurrent source. */
    Project project(Place p, long budget, BigDecimal recoveryPercent, Integer dueDays) {
        allocate(p, "MO_HINH_DA2", 2024, FundingSource.CENTRAL_RECURRENT, budget + 20_000_000L);
        Project.RotationRule rule = projects.addRule(
                SYSTEM,
                new Project.RotationRule(
                        0, p.commune().province().id(), "Quy định thử", BigDecimal.ONE, dueDays, 36, "thử", "USER"));
        Map<FundingSource, Long> money = new EnumMap<>(FundingSource.class);
        money.put(FundingSource.CENTRAL_RECURRENT, budget);
        return projects.create(
                SYSTEM,
                new Projects.NewProject(
                        p.commune().id(),
                        livelihood().componentId(),
                        "COMMUNITY",
                        "Mô hình thử " + p.commune().id(),
                        "1/QĐ-UBND",
                        LocalDate.of(2024, 3, 1),
                        null,
                        null,
                        recoveryPercent == null ? null : rule.id(),
                        recoveryPercent,
                        money,
                        List.of(),
                        "USER"));
    }

    ProjectParticipants.Request round(int year, long amount, Long... households) {
        return new ProjectParticipants.Request(
                java.util.Arrays.stream(households)
                        .map(h -> new ProjectParticipants.Entry(h, amount))
                        .toList(),
                livelihood().id(),
                SOURCE,
                LocalDate.of(year, 4, 1),
                LocalDate.of(year, 12, 31),
                year + "/QĐ-UBND",
                LocalDate.of(year, 3, 20));
    }

    /** Pays every round-1 grant of the project in full. */
    void payAll(long projectId) {
        for (Participant x : participants.overview(SYSTEM, projectId).participants()) {
            if (!x.rotationFunded() && !x.withdrawn()) {
                SupportGrant g = grants.get(SYSTEM, x.grantId());
                grants.pay(SYSTEM, g.id(), 1, LocalDate.of(2024, 4, 15), "PC-" + g.id(), g.version());
            }
        }
    }

    Participant of(long projectId, long householdId) {
        return participants.overview(SYSTEM, projectId).participants().stream()
                .filter(x -> x.householdId() == householdId && !x.withdrawn())
                .findFirst()
                .orElseThrow();
    }
}
