package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.IntegrationTestBase;

/**
 * The lists in force the review publishes (V23_1) are folded into the reader's query: no function
 * is run per call, so the communes and years reach the indexes as in a query written out (the
 * reports at a million households rely on it, docs/benchmarks.md).
 */
class PublishedListsIT extends IntegrationTestBase {
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHouseholdsInForceAreReadByTheCallersOwnPlanNotByAFunctionCall() {
        List<String> plan = jdbc.sql("EXPLAIN SELECT * FROM review_households_in_force('{1,2}', '{2025,2026}')")
                .query(String.class)
                .list();
        assertThat(String.join("\n", plan)).doesNotContain("Function Scan on review_");
        assertThat(String.join("\n", plan)).contains("review_outcome");
    }

    @Test
    void theCampaignsInForceAreReadByTheCallersOwnPlanNotByAFunctionCall() {
        List<String> plan = jdbc.sql("EXPLAIN SELECT * FROM review_in_force('{2025}') WHERE unit_id = 1")
                .query(String.class)
                .list();
        assertThat(String.join("\n", plan)).doesNotContain("Function Scan on review_");
        assertThat(String.join("\n", plan)).contains("review_campaign");
    }
}
