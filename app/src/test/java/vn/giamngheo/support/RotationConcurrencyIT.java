package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.giamngheo.funding.Project;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.HouseholdClass;

class RotationConcurrencyIT extends ProjectFixtures {

    @Test
    void tenConcurrentRotationsBeyondTheRecoveredMoneyLetOnlyWhatFitsThrough() throws Exception {
        Map<String, HouseholdClass> classes = new LinkedHashMap<>();
        for (int i = 0; i <= 10; i++) {
            classes.put("H" + i, HouseholdClass.POOR);
        }
        Place p = place(2, classes);
        Project project = project(p, 30_000_000L, BigDecimal.valueOf(20), 30);
        participants.join(SYSTEM, project.id(), round(2024, 20_000_000L, p.id("H0")));
        payAll(project.id());
        Participant first = of(project.id(), p.id("H0"));
        participants.recordReturn(SYSTEM, project.id(), first.id(), 3_500_000L, LocalDate.of(2024, 12, 5), "PT-9");
        assertThat(projects.get(SYSTEM, project.id()).fund()).isEqualTo(3_500_000L);

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            long household = p.id("H" + i);
            results.add(pool.submit(() -> {
                start.await();
                try {
                    participants.rotate(SYSTEM, project.id(), 2, round(2025, 1_000_000L, household));
                    return "rotated";
                } catch (InvalidInput e) {
                    return e.problems().get(0).code();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes.stream().filter("rotated"::equals)).hasSize(3);
        assertThat(outcomes.stream().filter(o -> !o.equals("rotated")))
                .hasSize(7)
                .allMatch(o -> o.equals("funding.rotationOverFund") || o.equals("support.rotationOverFund"));
        Project after = projects.get(SYSTEM, project.id());
        assertThat(after.rotated()).isEqualTo(3_000_000L);
        assertThat(after.fund()).isEqualTo(500_000L);
        ProjectParticipants.Overview o = participants.overview(SYSTEM, project.id());
        // the rotated sum is the sum of the round-2 grants funded by rotation, each one live and paid
        assertThat(o.rotationFunded()).isEqualTo(3_000_000L);
        assertThat(o.participants().stream().filter(x -> x.round() == 2))
                .hasSize(3)
                .allMatch(x -> x.state() == GrantState.PAID && x.received() == 1_000_000L);
        long roundTwoGrants = jdbc.sql("SELECT count(*) FROM support_grant WHERE project_id = :p AND state = 'PAID'"
                        + " AND id IN (SELECT grant_id FROM support_project_participant WHERE round = 2)")
                .param("p", project.id())
                .query(Long.class)
                .single();
        assertThat(roundTwoGrants).isEqualTo(3);
        assertThat(ledger.inconsistencies()).isEmpty();
    }

    @Test
    void theDatabaseRefusesARotationLineBeyondTheFundWrittenPastTheFacade() {
        Place p = place(2, Map.of("Z", HouseholdClass.POOR));
        Project project = project(p, 10_000_000L, BigDecimal.valueOf(20), 30);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("""
                        INSERT INTO funding_recovery (project_id, kind, cycle, amount, entry_date, party, created_at, created_by)
                        VALUES (:p, 'ROTATED', 2, 1, DATE '2025-01-01', 'x', now(), 'test')
                        """).param("p", project.id()).update())
                .hasMessageContaining("funding_project_rotation_covered");
    }
}
