package vn.giamngheo.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/** SQL for finding tasks by who is assigned and where, and for their append-only progress. */
@Repository
class TaskStore {
    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Assigned(long taskId, long planId, String role, String mention) {}

    /** Tasks an agency is named for (lead or coordinator), in plans the reader may see. */
    List<Assigned> assignedTo(long agencyId, Jurisdiction j) {
        Map<String, Object> params = new HashMap<>();
        params.put("agency", agencyId);
        return ScopedSql.of(jdbc, j, """
                        SELECT a.task_id, t.plan_id, a.role, a.mention FROM task_assignment a
                        JOIN plan_task t ON t.id = a.task_id JOIN plan p ON p.id = t.plan_id JOIN admin_unit u ON u.id = p.unit_id
                        WHERE a.agency_id = :agency AND p.voided_at IS NULL AND %s ORDER BY t.plan_id, t.position
                        """.formatted(PlanStore.PLAN_UNIT_READABLE))
                .params(params)
                .query((rs, n) -> new Assigned(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Collective assignments of plans of a unit and the units above it (they may bind an agency there). */
    List<Assigned> collectiveAbove(String unitPath, Jurisdiction j) {
        Map<String, Object> params = new HashMap<>();
        params.put("path", unitPath);
        return ScopedSql.of(jdbc, j, """
                        SELECT a.task_id, t.plan_id, a.role, a.mention FROM task_assignment a
                        JOIN plan_task t ON t.id = a.task_id JOIN plan p ON p.id = t.plan_id JOIN admin_unit u ON u.id = p.unit_id
                        WHERE a.role = 'COLLECTIVE' AND p.voided_at IS NULL AND :path LIKE u.path || '%%' AND %s
                        ORDER BY t.plan_id, t.position
                        """.formatted(PlanStore.PLAN_UNIT_READABLE))
                .params(params)
                .query((rs, n) -> new Assigned(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Plans of a unit's subtree the reader may see, not voided. */
    List<Long> plansInSubtree(String unitPath, Jurisdiction j) {
        Map<String, Object> params = new HashMap<>();
        params.put("path", unitPath + "%");
        return ScopedSql.of(
                        jdbc,
                        j,
                        "SELECT p.id FROM plan p JOIN admin_unit u ON u.id = p.unit_id WHERE u.path LIKE :path"
                                + " AND p.voided_at IS NULL AND " + PlanStore.PLAN_UNIT_READABLE + " ORDER BY p.id")
                .params(params)
                .query(Long.class)
                .list();
    }

    List<ProgressUpdate> progress(List<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT g.id, g.task_id, g.year, g.agency_id, g.agency_name, g.role, g.status, g.note, g.evidence_id,
                               f.name, g.created_at, g.created_by
                        FROM task_progress g LEFT JOIN plan_file f ON f.id = g.evidence_id
                        WHERE g.task_id IN (:ids) ORDER BY g.id
                        """)
                .param("ids", taskIds)
                .query((rs, n) -> new ProgressUpdate(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        (Long) rs.getObject(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        (Long) rs.getObject(9),
                        rs.getString(10),
                        rs.getTimestamp(11).toInstant(),
                        rs.getString(12)))
                .list();
    }

    long insertProgress(
            long taskId,
            int year,
            Long agencyId,
            String agencyName,
            String role,
            String status,
            String note,
            Long evidenceId,
            Instant at,
            String by) {
        return jdbc.sql("""
                        INSERT INTO task_progress (task_id, year, agency_id, agency_name, role, status, note, evidence_id,
                            created_at, created_by)
                        VALUES (:task, :year, :agency, :name, :role, :status, :note, :evidence, :at, :by) RETURNING id
                        """)
                .param("task", taskId)
                .param("year", year)
                .param("agency", agencyId)
                .param("name", agencyName)
                .param("role", role)
                .param("status", status)
                .param("note", note)
                .param("evidence", evidenceId)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }
}
