package vn.giamngheo.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamngheo.IntegrationTestBase;

/**
 * The snapshot writer looks a household's members up by (province, household) for every household
 * it writes (household_snapshot; HouseholdBulk writes tens of thousands in one statement). That
 * lookup must be one index's exact condition (V46_1): answered by the primary key, whose leading
 * column is the partition's one province, it read every member of the province for each
 * household — quadratic in a bulk registration. Sequential scans are switched off for the check
 * because the test database's partitions are tiny, where a scan would be the planner's cheapest.
 */
class HouseholdSnapshotPlanIT extends IntegrationTestBase {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void membersOfEachSnapshotAreFoundByOneIndexOnProvinceAndHousehold() {
        List<String> plan = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return jdbc.sql("""
                            EXPLAIN SELECT s.snapshot
                            FROM (VALUES (1::bigint, 1::bigint)) AS n (id, province_id)
                            JOIN household_snapshot s ON s.id = n.id AND s.province_id = n.province_id
                            """).query(String.class).list();
        });
        String text = String.join("\n", plan);
        assertThat(text).doesNotContain("BitmapAnd");
        assertThat(plan)
                .anyMatch(
                        line -> line.contains("Index Cond: ((province_id = h.province_id) AND (household_id = h.id))"));
    }
}
