package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.shared.Actor;

/**
 * Targets and plans follow a merger (decision 1907), on units of their own: the new commune gets the
 * sum of its predecessors' targets from the merger's year on and their running plans, recorded with
 * the succession; the predecessors keep theirs; a second merger carries them on (a chain); a target an
 * official set on the successor is never replaced.
 */
class CarriedToSuccessorsIT extends IntegrationTestBase {
    private static final Actor ACTOR = Actor.system("carried-it");
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Autowired
    AdminUnits units;

    @Autowired
    Targets targets;

    @Autowired
    TargetStore store;

    @Autowired
    Plans plans;

    @Autowired
    JdbcClient jdbc;

    private static PovertyTarget target(
            long unit, int year, Integer poor, Integer planned, Integer without, Integer with) {
        return new PovertyTarget(unit, year, poor, planned, without, with, null, "KH " + unit, Map.of(), null);
    }

    private long plan(AdminUnit unit, int from, int to) {
        PlanDraft draft = new PlanDraft(
                unit.id(),
                from,
                to,
                null,
                null,
                String.valueOf(from),
                null,
                null,
                "Kế hoạch giảm nghèo " + unit.name() + " " + from + "–" + to,
                null,
                null,
                null,
                null,
                List.of(PlanValidationTest.task("1", "Rà soát hộ nghèo", null)),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        return plans.save(ACTOR, draft, null).plan().id();
    }

    @Test
    void aMergedCommunesTargetsAndRunningPlansGoToItsSuccessorWithTheSuccessionRecorded() {
        TestUnits t = new TestUnits(units);
        AdminUnit province = t.aProvince();
        AdminUnit a = t.aCommuneIn(province);
        AdminUnit b = t.aCommuneIn(province);
        targets.setTarget(ACTOR, target(a.id(), 2024, 50, 12, null, null));
        targets.setTarget(ACTOR, target(a.id(), 2025, 40, 10, 6, 4));
        targets.setTarget(ACTOR, target(b.id(), 2025, 30, 8, 5, 3));
        targets.setTarget(ACTOR, target(a.id(), 2026, 30, 9, 5, 4));
        targets.setTarget(ACTOR, target(b.id(), 2026, 22, 5, null, null));
        long running = plan(a, 2021, 2030);
        long ended = plan(b, 2022, 2024);

        AdminUnit c = units.create(
                ACTOR, new NewAdminUnit(province.id(), TestUnits.tag(), "Hợp Nhất", "Xã", "COMMUNE", REFORM));
        units.merge(ACTOR, List.of(a.id(), b.id()), c.id(), REFORM, "Nghị quyết thử");

        assertThat(store.target(c.id(), 2024))
                .as("a year before the merger stays with the old communes")
                .isEmpty();
        PovertyTarget y2025 = store.target(c.id(), 2025).orElseThrow();
        assertThat(y2025.poorStart()).isEqualTo(70);
        assertThat(y2025.plannedReduction()).isEqualTo(18);
        assertThat(y2025.reductionWithoutLabour()).isEqualTo(11);
        assertThat(y2025.reductionWithLabour()).isEqualTo(7);
        assertThat(y2025.note()).contains(a.fullName(), b.fullName(), "01/07/2025");
        PovertyTarget y2026 = store.target(c.id(), 2026).orElseThrow();
        assertThat(y2026.plannedReduction()).isEqualTo(14);
        assertThat(y2026.reductionWithoutLabour())
                .as("not every predecessor split its reduction: no sum")
                .isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM poverty_target_carried c JOIN poverty_target t ON t.id = c.target_id"
                                + " WHERE t.unit_id = :u AND c.legal_basis = 'Nghị quyết thử'")
                        .param("u", c.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        assertThat(store.target(a.id(), 2025).orElseThrow().plannedReduction())
                .as("the predecessor keeps its own")
                .isEqualTo(10);
        assertThat(plans.list(ACTOR, c.id(), false))
                .extracting(PlanSummary::id)
                .contains(running)
                .doesNotContain(ended);

        // an official sets the successor's 2026 target; a chain carries the rest on, never that one
        targets.setTarget(ACTOR, target(c.id(), 2026, 50, 20, null, null));
        AdminUnit e = units.create(
                ACTOR,
                new NewAdminUnit(
                        province.id(), TestUnits.tag(), "Tiếp Nối", "Xã", "COMMUNE", LocalDate.of(2026, 1, 1)));
        units.merge(ACTOR, List.of(c.id()), e.id(), LocalDate.of(2026, 1, 1), "Nghị quyết thử 2");
        assertThat(store.target(c.id(), 2026).orElseThrow().plannedReduction())
                .as("edited by an official: left alone")
                .isEqualTo(20);
        assertThat(store.target(e.id(), 2026).orElseThrow().plannedReduction()).isEqualTo(20);
        assertThat(store.target(e.id(), 2025)).isEmpty();
        assertThat(plans.list(ACTOR, e.id(), false)).extracting(PlanSummary::id).contains(running);
    }
}
