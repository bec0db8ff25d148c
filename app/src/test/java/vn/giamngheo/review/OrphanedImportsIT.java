package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With several instances on one database an import job is marked ABANDONED only when the instance
 * that owns it is gone (decision 1812): another instance is played by a connection of its own holding
 * an owner lock, which it then closes as a killed process's connection closes.
 */
class OrphanedImportsIT extends ReviewFixtures {
    @Autowired
    ImportJobStore jobs;

    @Autowired
    ImportOwner owner;

    @Autowired
    DataSource dataSource;

    @Test
    void aRunningImportOfAnInstanceStillAliveIsLeftAloneAndIsAbandonedOnceItsInstanceIsGone() throws Exception {
        ReviewCampaign c = campaign(commune("Nhập Hai Máy"), CampaignKind.PERIODIC, 2033, null);
        long mine = jobs.start(c.id(), "JSONL", false, "test", owner.number());
        long theirs;
        long ownerless = jobs.start(c.id(), "JSONL", false, "test", 0);
        try (Connection otherInstance = dataSource.getConnection()) {
            int other = 0;
            try (Statement s = otherInstance.createStatement()) {
                for (int candidate = 1; other == 0; candidate++) {
                    try (ResultSet rs = s.executeQuery(
                            "SELECT pg_try_advisory_lock(" + ImportOwner.LOCKS + ", " + candidate + ")")) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            other = candidate;
                        }
                    }
                }
            }
            theirs = jobs.start(c.id(), "JSONL", false, "test", other);

            jobs.abandonOrphaned();
            assertThat(statuses(mine, theirs, ownerless)).containsExactly("RUNNING", "RUNNING", "ABANDONED");

            // the other instance dies: its connection closes (unlocked first, as closing a pooled
            // connection only gives it back to the pool)
            try (Statement s = otherInstance.createStatement()) {
                s.execute("SELECT pg_advisory_unlock(" + ImportOwner.LOCKS + ", " + other + ")");
            }
        }
        jobs.abandonOrphaned();
        assertThat(statuses(mine, theirs, ownerless)).containsExactly("RUNNING", "ABANDONED", "ABANDONED");
        jobs.finish(mine, 0, java.util.Map.of());
    }

    private List<String> statuses(long... ids) {
        return java.util.Arrays.stream(ids)
                .mapToObj(id -> jdbc.sql("SELECT status FROM review_import_job WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .toList();
    }
}
