package vn.giamngheo.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.shared.InvalidInput;

/**
 * Import jobs. Every write commits in a transaction of its own, so others see the progress of an
 * import whose own transaction has not committed yet, and a failed import keeps its errors.
 *
 * <p>A job names its owner, the instance running it ({@link ImportOwner}); a RUNNING job whose
 * owner's lock is free belongs to an instance that stopped, and only such a job is marked ABANDONED —
 * never one that another instance behind the same balancer is still running (decision 1812).
 */
@Repository
class ImportJobStore {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate separate;

    ImportJobStore(JdbcClient jdbc, JsonMapper json, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long start(long campaignId, String format, boolean dryRun, String by, int owner) {
        return separate.execute(s -> jdbc.sql("""
                        INSERT INTO review_import_job (campaign_id, format, dry_run, status, phase, started_at, started_by,
                                                       owner)
                        VALUES (:c, :format, :dry, 'RUNNING', 'READING', :at, :by, :owner)
                        RETURNING id
                        """)
                .param("owner", owner)
                .param("c", campaignId)
                .param("format", format)
                .param("dry", dryRun)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", by)
                .query(Long.class)
                .single());
    }

    void progress(long id, String phase, int processed, Integer total) {
        separate.executeWithoutResult(s -> jdbc.sql(
                        "UPDATE review_import_job SET phase = :phase, processed = :n, total = :total WHERE id = :id")
                .param("id", id)
                .param("phase", phase)
                .param("n", processed)
                .param("total", total)
                .update());
    }

    void finish(long id, int processed, Map<String, Object> summary) {
        separate.executeWithoutResult(s -> jdbc.sql("""
                        UPDATE review_import_job SET status = 'DONE', phase = 'DONE', processed = :n, total = :n,
                               summary = CAST(:summary AS jsonb), finished_at = :at WHERE id = :id
                        """)
                .param("id", id)
                .param("n", processed)
                .param("summary", json.writeValueAsString(summary))
                .param("at", Timestamp.from(clock.instant()))
                .update());
    }

    void fail(long id, List<InvalidInput.Problem> errors) {
        separate.executeWithoutResult(s -> jdbc.sql("""
                        UPDATE review_import_job SET status = 'FAILED', error_count = :count, errors = CAST(:errors AS jsonb),
                               finished_at = :at WHERE id = :id
                        """)
                .param("id", id)
                .param("count", errors.size())
                .param("errors", json.writeValueAsString(errors))
                .param("at", Timestamp.from(clock.instant()))
                .update());
    }

    /**
     * Jobs whose owner's lock is free were left RUNNING by an instance that stopped (or was killed)
     * midway: their transaction never committed, so nothing of them is stored, and the job says so.
     * Trying a free lock takes it until this transaction ends, which does no harm; only the RUNNING
     * jobs' owners are tried.
     */
    int abandonOrphaned() {
        return jdbc.sql("""
                        WITH running AS MATERIALIZED (SELECT id, owner FROM review_import_job WHERE status = 'RUNNING')
                        UPDATE review_import_job j SET status = 'ABANDONED', finished_at = :at
                        FROM running r
                        WHERE j.id = r.id AND (r.owner IS NULL OR pg_try_advisory_xact_lock(:locks, r.owner))
                        """)
                .param("at", Timestamp.from(clock.instant()))
                .param("locks", ImportOwner.LOCKS)
                .update();
    }

    Optional<ImportJob> find(long campaignId, long id) {
        return jdbc.sql("SELECT * FROM review_import_job WHERE id = :id AND campaign_id = :c")
                .param("id", id)
                .param("c", campaignId)
                .query(this::map)
                .optional();
    }

    List<ImportJob> list(long campaignId) {
        return jdbc.sql("SELECT * FROM review_import_job WHERE campaign_id = :c ORDER BY id DESC LIMIT 50")
                .param("c", campaignId)
                .query(this::map)
                .list();
    }

    private ImportJob map(ResultSet rs, int n) throws SQLException {
        String errors = rs.getString("errors");
        String summary = rs.getString("summary");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getString("format"),
                rs.getBoolean("dry_run"),
                rs.getString("status"),
                rs.getString("phase"),
                rs.getInt("processed"),
                (Integer) rs.getObject("total"),
                rs.getInt("error_count"),
                errors == null ? List.of() : json.readValue(errors, new TypeReference<List<InvalidInput.Problem>>() {}),
                summary == null ? Map.of() : json.readValue(summary, new TypeReference<Map<String, Object>>() {}),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("started_by"));
    }
}
