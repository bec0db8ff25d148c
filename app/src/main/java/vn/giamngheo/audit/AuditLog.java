package vn.giamngheo.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ScopedSql;

/** Writes and reads the append-only audit trail. */
@Service
public class AuditLog {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate separateTransaction;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a change inside the caller's transaction: if the change rolls back, so does its entry. */
    public void change(
            Actor actor, String action, String entityType, Object entityId, UnitRef unit, Object before, Object after) {
        insert(actor.username(), action, entityType, entityId, unit, before, after, null);
    }

    /**
     * Records a refused access in a transaction of its own: the refused operation rolls back, its
     * audit entry must not.
     */
    public void denied(String username, String entityType, Object entityId, String detail) {
        separateTransaction.executeWithoutResult(
                status -> insert(username, "DENIED", entityType, entityId, null, null, null, detail));
    }

    /** Records an event that changes no data row (a login failure, an export of personal data). */
    public void event(String username, String action, String entityType, Object entityId, UnitRef unit, String detail) {
        separateTransaction.executeWithoutResult(
                status -> insert(username, action, entityType, entityId, unit, null, null, detail));
    }

    /**
     * Records a read of personal data: one entry per request (a list, a page, a search), not one per
     * row, naming what was read and the filter that chose it.
     */
    public void read(Actor reader, String entityType, Object entityId, UnitRef unit, String detail) {
        event(reader.username(), "VIEW", entityType, entityId, unit, detail);
    }

    private void insert(
            String username,
            String action,
            String entityType,
            Object entityId,
            UnitRef unit,
            Object before,
            Object after,
            String detail) {
        if (Actor.WARM_UP.equals(username)) {
            return; // the start-up warm-up reads nothing (an empty jurisdiction) and is no person
        }
        jdbc.sql("""
                INSERT INTO audit_entry (at, username, action, entity_type, entity_id, unit_id, unit_path, before, after, detail)
                VALUES (:at, :username, :action, :entityType, :entityId, :unitId, :unitPath,
                        CAST(:before AS jsonb), CAST(:after AS jsonb), :detail)
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("username", username)
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", entityId == null ? null : String.valueOf(entityId))
                .param("unitId", unit == null ? null : unit.id())
                .param("unitPath", unit == null ? null : unit.path())
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .param("detail", detail)
                .update();
    }

    /**
     * The entries about units inside the reader's jurisdiction, newest first; entries tied to no unit
     * (logins, refusals) belong to the whole country. Reading the trail is itself recorded: its
     * before/after values hold households with their members' citizen IDs.
     */
    public List<AuditEntry> browse(Actor reader, AuditQuery q) {
        StringBuilder where = new StringBuilder("coalesce(a.unit_path, '/') LIKE ANY (:scope)");
        Map<String, Object> params = new HashMap<>();
        if (q.unitPath() != null) {
            where.append(" AND a.unit_path LIKE :unitPath");
            params.put("unitPath", q.unitPath() + "%");
        }
        if (q.username() != null && !q.username().isBlank()) {
            where.append(" AND lower(a.username) = lower(:username)");
            params.put("username", q.username().trim());
        }
        if (q.from() != null) {
            where.append(" AND a.at >= :from");
            params.put("from", Timestamp.from(q.from().atStartOfDay(VIETNAM).toInstant()));
        }
        if (q.to() != null) {
            where.append(" AND a.at < :to");
            params.put(
                    "to",
                    Timestamp.from(q.to().plusDays(1).atStartOfDay(VIETNAM).toInstant()));
        }
        params.put("limit", q.size());
        params.put("offset", (long) q.page() * q.size());
        List<AuditEntry> entries = new ArrayList<>(ScopedSql.of(
                        jdbc,
                        reader.jurisdiction(),
                        "SELECT a.id, a.at, a.username, a.action, a.entity_type, a.entity_id, a.unit_id,"
                                + " a.before::text AS b, a.after::text AS a, a.detail FROM audit_entry a WHERE "
                                + where + " ORDER BY a.at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("username"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        (Long) rs.getObject("unit_id"),
                        rs.getString("b"),
                        rs.getString("a"),
                        rs.getString("detail")))
                .list());
        read(reader, "AuditEntry", null, null, "unit=" + q.unitPath() + " user=" + q.username() + " page=" + q.page());
        return entries;
    }

    /** The unit a change belongs to, so the trail can be browsed by subtree. */
    public record UnitRef(Long id, String path) {}
}
