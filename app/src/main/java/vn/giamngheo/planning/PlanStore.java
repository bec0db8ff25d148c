package vn.giamngheo.planning;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.planning.extraction.ExtractedTask;
import vn.giamngheo.planning.extraction.PlanWarning;
import vn.giamngheo.planning.extraction.Schedule;
import vn.giamngheo.planning.extraction.ScheduleKind;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/**
 * SQL for plans, their references and tasks. A plan is readable when its unit {@code u} lies inside
 * the reader's jurisdiction or above it — a district plan binds the communes under it, so a commune
 * official reads the district's plan to see what it asks of them ({@link #PLAN_UNIT_READABLE}) — or
 * when it was carried to such a unit, the successor of its own (plan_carried, decision 1907).
 * Writes stay within the jurisdiction.
 */
@Repository
class PlanStore {
    /** The plan's unit {@code u} is in the reader's jurisdiction or above it (binds {@code :scope}). */
    static final String PLAN_UNIT_READABLE =
            "(u.path LIKE ANY (:scope) OR EXISTS (SELECT 1 FROM unnest(CAST(:scope AS text[])) r WHERE r LIKE u.path || '%')"
                    + " OR EXISTS (SELECT 1 FROM plan_carried pc JOIN admin_unit cu ON cu.id = pc.unit_id"
                    + " WHERE pc.plan_id = p.id AND (cu.path LIKE ANY (:scope)"
                    + " OR EXISTS (SELECT 1 FROM unnest(CAST(:scope AS text[])) r WHERE r LIKE cu.path || '%'))))";

    private static final String PLAN_COLUMNS = """
            p.id, p.unit_id, coalesce(u.kind || ' ', '') || u.name AS unit_name, u.path, p.number, p.symbol, p.date_text,
            p.place, p.issuer, p.title, p.period_from, p.period_to, p.purposes::text AS purposes, p.targets::text AS targets,
            p.funding::text AS funding, p.distribution::text AS distribution, p.warnings::text AS warnings, p.voided_at,
            p.void_reason, p.version, p.created_at, p.created_by, p.changed_at, p.changed_by
            """;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insertPlan(PlanDraft d, String numberKey, LocalDate issuedOn, Integer issuedYear, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO plan (unit_id, number, number_key, symbol, date_text, issued_on, issued_year, place, issuer,
                            title, period_from, period_to, purposes, targets, funding, distribution, organisation, warnings,
                            extraction, created_at, created_by, changed_at, changed_by)
                        VALUES (:unit, :number, :key, :symbol, :date, :issuedOn, :issuedYear, :place, :issuer, :title, :from, :to,
                            CAST(:purposes AS jsonb), CAST(:targets AS jsonb), CAST(:funding AS jsonb), CAST(:distribution AS jsonb),
                            CAST(:organisation AS jsonb), CAST(:warnings AS jsonb), CAST(:extraction AS jsonb), :at, :by, :at, :by)
                        RETURNING id
                        """)
                .param("unit", d.unitId())
                .param("number", trim(d.number()))
                .param("key", numberKey)
                .param("symbol", trim(d.symbol()))
                .param("date", trim(d.date()))
                .param("issuedOn", issuedOn == null ? null : Date.valueOf(issuedOn))
                .param("issuedYear", issuedYear)
                .param("place", trim(d.place()))
                .param("issuer", trim(d.issuer()))
                .param("title", d.title().strip())
                .param("from", d.periodFrom())
                .param("to", d.periodTo())
                .param("purposes", json.writeValueAsString(d.purposes()))
                .param("targets", json.writeValueAsString(d.targets()))
                .param("funding", json.writeValueAsString(d.funding()))
                .param("distribution", json.writeValueAsString(d.distribution()))
                .param("organisation", json.writeValueAsString(d.organisation()))
                .param("warnings", json.writeValueAsString(warnings(d)))
                .param("extraction", json.writeValueAsString(d))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    private static List<String> warnings(PlanDraft d) {
        List<String> all = new ArrayList<>(d.warnings());
        d.unmatched().stream()
                .map(u -> PlanWarning.of(PlanWarning.Kind.UNMATCHED, u).text())
                .forEach(all::add);
        return all;
    }

    long insertTask(long planId, int position, ExtractedTask t) {
        Schedule s = t.schedule();
        return jdbc.sql("""
                        INSERT INTO plan_task (plan_id, position, section, number, group_label, text, assignment, schedule_kind,
                            schedule_year, schedule_month, schedule_day, schedule_event, schedule_source, unmatched, warnings)
                        VALUES (:plan, :pos, :section, :number, :group, :text, :assignment, :kind, :year, :month, :day, :event,
                            :source, CAST(:unmatched AS jsonb), CAST(:warnings AS jsonb))
                        RETURNING id
                        """)
                .param("plan", planId)
                .param("pos", position)
                .param("section", trim(t.section()))
                .param("number", t.number().strip())
                .param("group", trim(t.group()))
                .param("text", t.text().strip())
                .param("assignment", trim(t.assignment()))
                .param("kind", s == null ? null : s.kind().name())
                .param("year", s == null ? null : s.year())
                .param("month", s == null ? null : s.month())
                .param("day", s == null ? null : s.day())
                .param("event", s == null ? null : trim(s.event()))
                .param("source", s == null ? null : trim(s.source()))
                .param("unmatched", json.writeValueAsString(t.unmatched() == null ? List.of() : t.unmatched()))
                .param("warnings", json.writeValueAsString(t.warnings() == null ? List.of() : t.warnings()))
                .query(Long.class)
                .single();
    }

    void insertAssignment(long taskId, int position, String role, Long agencyId, String mention, String name) {
        jdbc.sql("""
                INSERT INTO task_assignment (task_id, position, role, agency_id, mention, name)
                VALUES (:task, :pos, :role, :agency, :mention, :name)
                """)
                .param("task", taskId)
                .param("pos", position)
                .param("role", role)
                .param("agency", agencyId)
                .param("mention", mention)
                .param("name", name)
                .update();
    }

    Optional<Plan> find(long id, Jurisdiction j) {
        return ScopedSql.of(
                        jdbc,
                        j,
                        "SELECT " + PLAN_COLUMNS
                                + " FROM plan p JOIN admin_unit u ON u.id = p.unit_id WHERE p.id = :id AND "
                                + PLAN_UNIT_READABLE)
                .param("id", id)
                .query((rs, n) -> plan(rs))
                .optional();
    }

    /** The plan whatever the reader's scope (to tell "not found" from "outside your jurisdiction"). */
    Optional<Plan> findAny(long id) {
        return find(id, Jurisdiction.wholeCountry());
    }

    private static PlanSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PlanSummary(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                (Integer) rs.getObject(8),
                (Integer) rs.getObject(9),
                rs.getInt(10),
                rs.getBoolean(11));
    }

    List<PlanSummary> list(String unitPath, Jurisdiction j, boolean includeVoided) {
        Map<String, Object> params = new HashMap<>();
        params.put("path", unitPath + "%");
        return ScopedSql.of(jdbc, j, """
                        SELECT p.id, p.unit_id, coalesce(u.kind || ' ', '') || u.name, coalesce(p.number, CASE WHEN p.symbol IS NULL
                               THEN NULL ELSE '…/' || p.symbol END), p.date_text, p.issuer, p.title, p.period_from, p.period_to,
                               (SELECT count(*) FROM plan_task t WHERE t.plan_id = p.id), p.voided_at IS NOT NULL
                        FROM plan p JOIN admin_unit u ON u.id = p.unit_id
                        WHERE (u.path LIKE :path OR EXISTS (SELECT 1 FROM plan_carried pc JOIN admin_unit cu ON cu.id = pc.unit_id
                                                            WHERE pc.plan_id = p.id AND cu.path LIKE :path))
                          AND %s AND (:voided OR p.voided_at IS NULL)
                        ORDER BY coalesce(p.issued_year, p.period_from, 0) DESC, u.path, p.id DESC LIMIT 500
                        """.formatted(PLAN_UNIT_READABLE))
                .param("voided", includeVoided)
                .params(params)
                .query(PlanStore::summary)
                .list();
    }

    /**
     * Plans of the units above {@code unitId} that give it work: a task for every commune ("UBND
     * các xã…", a collective) or for one of its agencies, or a report it owes. Plans bind the units
     * under their issuer, so every official may read these (plans are public documents, not personal data).
     */
    List<PlanSummary> fromAbove(long unitId, String unitPath, List<Long> unitAgencies) {
        return jdbc.sql("""
                        SELECT p.id, p.unit_id, coalesce(u.kind || ' ', '') || u.name, coalesce(p.number, CASE WHEN p.symbol IS NULL
                               THEN NULL ELSE '…/' || p.symbol END), p.date_text, p.issuer, p.title, p.period_from, p.period_to,
                               (SELECT count(*) FROM plan_task t WHERE t.plan_id = p.id), false
                        FROM plan p JOIN admin_unit u ON u.id = p.unit_id
                        WHERE :path LIKE u.path || '%' AND u.path <> :path AND p.voided_at IS NULL
                          AND (EXISTS (SELECT 1 FROM plan_task t JOIN task_assignment a ON a.task_id = t.id
                                       WHERE t.plan_id = p.id AND (a.role = 'COLLECTIVE'
                                             OR a.agency_id = ANY (CAST(:agencies AS bigint[]))))
                               OR EXISTS (SELECT 1 FROM reporting_obligation o WHERE o.plan_id = p.id AND o.reporter_unit_id = :unit))
                        ORDER BY coalesce(p.issued_year, p.period_from, 0) DESC, u.path, p.id DESC LIMIT 100
                        """)
                .param("path", unitPath)
                .param("unit", unitId)
                .param(
                        "agencies",
                        unitAgencies.stream()
                                .map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .query(PlanStore::summary)
                .list();
    }

    /** Marks the plan as holding this original file; false when a plan in force already holds the same file. */
    boolean claimFingerprint(long planId, String sha256) {
        try {
            jdbc.sql("UPDATE plan SET attachment_sha256 = :sha WHERE id = :id")
                    .param("sha", sha256)
                    .param("id", planId)
                    .update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException sameFile) {
            return false;
        }
    }

    /** The plan in force that holds this original file, if any: its number (or title) and unit. */
    java.util.Optional<String[]> holderOf(String sha256) {
        return jdbc.sql(
                        "SELECT coalesce(p.number, p.title), coalesce(u.kind || ' ', '') || u.name FROM plan p"
                                + " JOIN admin_unit u ON u.id = p.unit_id WHERE p.attachment_sha256 = :sha AND p.voided_at IS NULL")
                .param("sha", sha256)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
    }

    List<PlanTask> tasks(long planId) {
        return withAssignments(jdbc.sql("SELECT * FROM plan_task WHERE plan_id = :plan ORDER BY position")
                .param("plan", planId)
                .query((rs, n) -> task(rs))
                .list());
    }

    List<PlanTask> tasksByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withAssignments(jdbc.sql("SELECT * FROM plan_task WHERE id IN (:ids) ORDER BY plan_id, position")
                .param("ids", ids)
                .query((rs, n) -> task(rs))
                .list());
    }

    Optional<PlanTask> task(long taskId) {
        return tasksByIds(List.of(taskId)).stream().findFirst();
    }

    private List<PlanTask> withAssignments(List<PlanTask> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        Map<Long, List<TaskAssignment>> byTask = new LinkedHashMap<>();
        jdbc.sql("SELECT id, task_id, role, agency_id, mention, name FROM task_assignment WHERE task_id IN (:ids)"
                        + " ORDER BY task_id, position")
                .param("ids", tasks.stream().map(PlanTask::id).toList())
                .query((rs, n) -> {
                    byTask.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new TaskAssignment(
                                    rs.getLong(1),
                                    rs.getString(3),
                                    (Long) rs.getObject(4),
                                    rs.getString(5),
                                    rs.getString(6)));
                    return null;
                })
                .list();
        return tasks.stream()
                .map(t -> new PlanTask(
                        t.id(),
                        t.planId(),
                        t.position(),
                        t.section(),
                        t.number(),
                        t.group(),
                        t.text(),
                        t.assignment(),
                        t.schedule(),
                        List.copyOf(byTask.getOrDefault(t.id(), List.of())),
                        t.unmatched(),
                        t.warnings()))
                .toList();
    }

    boolean updateHeader(
            long id,
            PlanHeader h,
            String numberKey,
            LocalDate issuedOn,
            Integer issuedYear,
            int version,
            Instant at,
            String by) {
        return jdbc.sql("""
                        UPDATE plan SET number = :number, number_key = :key, date_text = :date, issued_on = :issuedOn,
                            issued_year = :issuedYear, issuer = :issuer, title = :title, period_from = :from, period_to = :to,
                            version = version + 1, changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :version AND voided_at IS NULL
                        """)
                        .param("number", trim(h.number()))
                        .param("key", numberKey)
                        .param("date", trim(h.date()))
                        .param("issuedOn", issuedOn == null ? null : Date.valueOf(issuedOn))
                        .param("issuedYear", issuedYear)
                        .param("issuer", trim(h.issuer()))
                        .param("title", h.title().strip())
                        .param("from", h.periodFrom())
                        .param("to", h.periodTo())
                        .param("id", id)
                        .param("version", version)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    boolean voidPlan(long id, String reason, int version, Instant at, String by) {
        return jdbc.sql("""
                        UPDATE plan SET voided_at = :at, voided_by = :by, void_reason = :reason, version = version + 1,
                            changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :version AND voided_at IS NULL
                        """)
                        .param("reason", reason)
                        .param("id", id)
                        .param("version", version)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    private Plan plan(ResultSet rs) throws SQLException {
        Timestamp voided = rs.getTimestamp("voided_at");
        return new Plan(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                rs.getString("path"),
                rs.getString("number"),
                rs.getString("symbol"),
                rs.getString("date_text"),
                rs.getString("place"),
                rs.getString("issuer"),
                rs.getString("title"),
                (Integer) rs.getObject("period_from"),
                (Integer) rs.getObject("period_to"),
                strings(rs.getString("purposes")),
                strings(rs.getString("targets")),
                strings(rs.getString("funding")),
                strings(rs.getString("distribution")),
                strings(rs.getString("warnings")),
                voided == null ? null : voided.toInstant(),
                rs.getString("void_reason"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getString("changed_by"));
    }

    private PlanTask task(ResultSet rs) throws SQLException {
        return new PlanTask(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getInt("position"),
                rs.getString("section"),
                rs.getString("number"),
                rs.getString("group_label"),
                rs.getString("text"),
                rs.getString("assignment"),
                schedule(rs),
                List.of(),
                strings(rs.getString("unmatched")),
                strings(rs.getString("warnings")));
    }

    /** The schedule columns (schedule_kind, _year, _month, _day, _event, _source) as a Schedule, or null. */
    static Schedule schedule(ResultSet rs) throws SQLException {
        String kind = rs.getString("schedule_kind");
        if (kind == null) {
            return null;
        }
        return new Schedule(
                ScheduleKind.valueOf(kind),
                (Integer) rs.getObject("schedule_year"),
                (Integer) rs.getObject("schedule_month"),
                (Integer) rs.getObject("schedule_day"),
                rs.getString("schedule_event"),
                rs.getString("schedule_source"));
    }

    List<String> strings(String text) {
        return text == null ? List.of() : json.readValue(text, STRINGS);
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
