package vn.giamngheo.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/** SQL for production projects' participants, their returns, round acceptances and budget draws. */
@Repository
class ParticipantStore {
    private final JdbcClient jdbc;

    ParticipantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A participant as stored, with its grant's figures and the sum of its returns. */
    record Row(
            long id,
            long projectId,
            int round,
            long householdId,
            String householdCode,
            String headName,
            String householdClass,
            long grantId,
            GrantState state,
            long amount,
            long paid,
            Long rotationId,
            boolean withdrawn,
            long returned,
            String reason) {}

    private static final String SELECT = """
            SELECT p.id, p.project_id, p.round, p.household_id, h.code, h.head_name, g.household_class, g.id AS grant_id,
                   g.state, g.amount, g.paid, p.rotation_id, p.withdrawn, g.reason,
                   coalesce((SELECT sum(r.amount) FROM support_project_return r WHERE r.participant_id = p.id), 0) AS returned
            FROM support_project_participant p
            JOIN support_grant g ON g.id = p.grant_id
            JOIN household_register h ON h.id = p.household_id
            JOIN admin_unit u ON u.id = h.unit_id
            """;

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("project_id"),
                rs.getInt("round"),
                rs.getLong("household_id"),
                rs.getString("code"),
                rs.getString("head_name"),
                rs.getString("household_class"),
                rs.getLong("grant_id"),
                GrantState.valueOf(rs.getString("state")),
                rs.getLong("amount"),
                rs.getLong("paid"),
                (Long) rs.getObject("rotation_id"),
                rs.getBoolean("withdrawn"),
                rs.getLong("returned"),
                rs.getString("reason"));
    }

    /** A project's participants inside the reader's jurisdiction, by round and household code. */
    List<Row> ofProject(Jurisdiction scope, long projectId) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        SELECT + " WHERE p.project_id = :p AND u.path LIKE ANY (:scope) ORDER BY p.round, h.code, p.id")
                .param("p", projectId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** One participant, locked for the writer (returns queue on it). */
    Optional<Row> lock(Jurisdiction scope, long id) {
        return ScopedSql.of(jdbc, scope, """
                        SELECT p.id FROM support_project_participant p
                        JOIN household_register h ON h.id = p.household_id JOIN admin_unit u ON u.id = h.unit_id
                        WHERE p.id = :id AND u.path LIKE ANY (:scope) FOR UPDATE OF p
                        """)
                .param("id", id)
                .query(Long.class)
                .optional()
                .flatMap(x -> ScopedSql.of(jdbc, scope, SELECT + " WHERE p.id = :id AND u.path LIKE ANY (:scope)")
                        .param("id", id)
                        .query((rs, n) -> row(rs))
                        .optional());
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM support_project_participant WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** The participant a grant belongs to, if any: ids and figures only, no names (the caller holds the grant). */
    Optional<Row> ofGrant(long grantId) {
        return jdbc.sql("""
                        SELECT p.id, p.project_id, p.round, p.household_id, NULL AS code, NULL AS head_name,
                               g.household_class, g.id AS grant_id, g.state, g.amount, g.paid, p.rotation_id, p.withdrawn,
                               g.reason,
                               coalesce((SELECT sum(r.amount) FROM support_project_return r WHERE r.participant_id = p.id), 0)
                                   AS returned
                        FROM support_project_participant p JOIN support_grant g ON g.id = p.grant_id
                        WHERE p.grant_id = :g
                        """).param("g", grantId).query((rs, n) -> row(rs)).optional();
    }

    /** The round each active household of a project is in. */
    Map<Long, Integer> activeHouseholds(long projectId) {
        Map<Long, Integer> out = new HashMap<>();
        jdbc.sql("SELECT household_id, round FROM support_project_participant WHERE project_id = :p AND NOT withdrawn")
                .param("p", projectId)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getInt(2));
                });
        return out;
    }

    int lastRound(long projectId) {
        return jdbc.sql("SELECT coalesce(max(round), 0) FROM support_project_participant WHERE project_id = :p"
                        + " AND NOT withdrawn")
                .param("p", projectId)
                .query(Integer.class)
                .single();
    }

    long insert(long projectId, int round, long householdId, long grantId, Long rotationId, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO support_project_participant (project_id, round, household_id, grant_id, rotation_id,
                            created_at, created_by)
                        VALUES (:p, :r, :h, :g, :rot, :at, :by) RETURNING id
                        """)
                .param("p", projectId)
                .param("r", round)
                .param("h", householdId)
                .param("g", grantId)
                .param("rot", rotationId)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void withdraw(long id) {
        jdbc.sql("UPDATE support_project_participant SET withdrawn = true WHERE id = :id")
                .param("id", id)
                .update();
    }

    void insertReturn(
            long participantId, long amount, LocalDate day, String receipt, long recoveryId, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO support_project_return (participant_id, amount, paid_on, receipt, recovery_id,
                            created_at, created_by)
                        VALUES (:p, :a, :d, :r, :rec, :at, :by)
                        """)
                .param("p", participantId)
                .param("a", amount)
                .param("d", Date.valueOf(day))
                .param("r", receipt)
                .param("rec", recoveryId)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** The acceptance day of each later round (round ≥ 2). */
    Map<Integer, LocalDate> roundAcceptances(long projectId) {
        Map<Integer, LocalDate> out = new HashMap<>();
        jdbc.sql("SELECT round, accepted_on FROM support_project_round WHERE project_id = :p")
                .param("p", projectId)
                .query(rs -> {
                    out.put(rs.getInt(1), rs.getDate(2).toLocalDate());
                });
        return out;
    }

    void acceptRound(long projectId, int round, LocalDate day, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO support_project_round (project_id, round, accepted_on, changed_at, changed_by)
                        VALUES (:p, :r, :d, :at, :by)
                        ON CONFLICT (project_id, round) DO UPDATE SET accepted_on = :d, changed_at = :at, changed_by = :by
                        """)
                .param("p", projectId)
                .param("r", round)
                .param("d", Date.valueOf(day))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** Opens the project's budget to round-1 draws, once per source (the approved budget). */
    void openDraws(long projectId, Map<String, Long> budget) {
        budget.forEach((source, amount) -> jdbc.sql("""
                        INSERT INTO support_project_draw (project_id, source, budget) VALUES (:p, :s, :b)
                        ON CONFLICT (project_id, source) DO NOTHING
                        """)
                .param("p", projectId)
                .param("s", source)
                .param("b", amount)
                .update());
    }

    /**
     * Draws (or, negative, releases) a round-1 grant's amount on the project's budget of its source;
     * false when the project has no budget of that source. Over the budget the CHECK refuses.
     */
    boolean draw(long projectId, String source, long amount) {
        return jdbc.sql("UPDATE support_project_draw SET granted = granted + :a WHERE project_id = :p AND source = :s")
                        .param("a", amount)
                        .param("p", projectId)
                        .param("s", source)
                        .update()
                == 1;
    }

    /** What is left to draw of a source (0 when the project has none of it). */
    long drawLeft(long projectId, String source) {
        return jdbc.sql("SELECT coalesce(max(budget - granted), 0) FROM support_project_draw WHERE project_id = :p"
                        + " AND source = :s")
                .param("p", projectId)
                .param("s", source)
                .query(Long.class)
                .single();
    }
}
