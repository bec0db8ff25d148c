package vn.giamngheo.planning;

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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.planning.extraction.ReportPeriod;
import vn.giamngheo.planning.extraction.ReportingDuty;
import vn.giamngheo.planning.extraction.Schedule;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/** SQL for reporting duties, the obligations generated from them and their submissions. */
@Repository
class ObligationStore {
    private static final TypeReference<List<Duty.Party>> PARTIES = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ObligationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertDuty(long planId, int position, ReportingDuty r, List<Duty.Party> reporters) {
        Schedule s = r.schedule();
        jdbc.sql("""
                INSERT INTO reporting_duty (plan_id, position, section, item, reporters, recipients, via, period, schedule_kind,
                    schedule_year, schedule_month, schedule_day, schedule_event, schedule_source, source)
                VALUES (:plan, :pos, :section, :item, CAST(:reporters AS jsonb), CAST(:recipients AS jsonb), :via, :period,
                    :kind, :year, :month, :day, :event, :scheduleSource, :source)
                """)
                .param("plan", planId)
                .param("pos", position)
                .param("section", PlanStore.trim(r.section()))
                .param("item", PlanStore.trim(r.item()))
                .param("reporters", json.writeValueAsString(reporters))
                .param("recipients", json.writeValueAsString(r.recipient() == null ? List.of() : r.recipient()))
                .param("via", PlanStore.trim(r.via()))
                .param("period", r.period() == null ? null : r.period().name())
                .param("kind", s == null ? null : s.kind().name())
                .param("year", s == null ? null : s.year())
                .param("month", s == null ? null : s.month())
                .param("day", s == null ? null : s.day())
                .param("event", s == null ? null : PlanStore.trim(s.event()))
                .param("scheduleSource", s == null ? null : PlanStore.trim(s.source()))
                .param("source", PlanStore.trim(r.source()))
                .update();
    }

    List<Duty> duties(long planId) {
        return jdbc.sql("SELECT * FROM reporting_duty WHERE plan_id = :plan ORDER BY position")
                .param("plan", planId)
                .query((rs, n) -> new Duty(
                        rs.getLong("id"),
                        rs.getLong("plan_id"),
                        rs.getInt("position"),
                        rs.getString("section"),
                        rs.getString("item"),
                        json.readValue(rs.getString("reporters"), PARTIES),
                        json.readValue(rs.getString("recipients"), STRINGS),
                        rs.getString("via"),
                        rs.getString("period") == null ? null : ReportPeriod.valueOf(rs.getString("period")),
                        PlanStore.schedule(rs),
                        rs.getString("source")))
                .list();
    }

    record NewObligation(
            long dutyId,
            long planId,
            int year,
            String periodKey,
            LocalDate due,
            boolean assumed,
            long unitId,
            Long agencyId,
            String name) {}

    /** Inserts the obligation unless it exists already; true when it was new. */
    boolean insert(NewObligation o, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO reporting_obligation (duty_id, plan_id, year, period_key, due_date, due_assumed,
                            reporter_unit_id, reporter_agency_id, reporter_name, created_at, created_by)
                        VALUES (:duty, :plan, :year, :key, :due, :assumed, :unit, :agency, :name, :at, :by)
                        ON CONFLICT DO NOTHING
                        """)
                        .param("duty", o.dutyId())
                        .param("plan", o.planId())
                        .param("year", o.year())
                        .param("key", o.periodKey())
                        .param("due", Date.valueOf(o.due()))
                        .param("assumed", o.assumed())
                        .param("unit", o.unitId())
                        .param("agency", o.agencyId())
                        .param("name", o.name())
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    private static final String OBLIGATION_SELECT = """
            SELECT o.id, o.plan_id, p.number, p.title, o.duty_id, d.period, o.year, o.period_key, o.due_date, o.due_assumed,
                   o.reporter_unit_id, coalesce(ru.kind || ' ', '') || ru.name AS reporter_unit, o.reporter_agency_id,
                   o.reporter_name, d.recipients::text AS recipients, d.via, ru.path AS reporter_path, pu.path AS plan_path,
                   (SELECT min(s.submitted_on) FROM obligation_submission s WHERE s.obligation_id = o.id) AS first_submitted,
                   (SELECT count(*) FROM obligation_submission s WHERE s.obligation_id = o.id) AS submissions
            FROM reporting_obligation o
            JOIN reporting_duty d ON d.id = o.duty_id
            JOIN plan p ON p.id = o.plan_id
            JOIN admin_unit pu ON pu.id = p.unit_id
            JOIN admin_unit ru ON ru.id = o.reporter_unit_id
            """;

    /**
     * Obligations of a year reported by units of the subtree, or owed to plans of the subtree, that
     * the reader's jurisdiction covers on either side.
     */
    List<ObligationRow> inSubtree(String path, int year, Jurisdiction j) {
        Map<String, Object> params = new HashMap<>();
        params.put("path", path + "%");
        params.put("year", year);
        return ScopedSql.of(
                        jdbc,
                        j,
                        OBLIGATION_SELECT + " WHERE o.year = :year AND p.voided_at IS NULL"
                                + " AND (ru.path LIKE :path OR pu.path LIKE :path)"
                                + " AND (ru.path LIKE ANY (:scope) OR pu.path LIKE ANY (:scope))"
                                + " ORDER BY o.due_date, ru.path, o.reporter_name, o.id")
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
    }

    List<ObligationRow> ofPlan(long planId, int year) {
        return jdbc.sql(OBLIGATION_SELECT + " WHERE o.plan_id = :plan AND o.year = :year"
                        + " ORDER BY o.duty_id, o.due_date, ru.path, o.reporter_name, o.id")
                .param("plan", planId)
                .param("year", year)
                .query((rs, n) -> row(rs))
                .list();
    }

    Optional<ObligationRow> find(long id) {
        return jdbc.sql(OBLIGATION_SELECT + " WHERE o.id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    long submit(long obligationId, LocalDate on, Long fileId, String figures, String note, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO obligation_submission (obligation_id, submitted_on, file_id, figures, note, created_at, created_by)
                        VALUES (:o, :on, :file, CAST(:figures AS jsonb), :note, :at, :by) RETURNING id
                        """)
                .param("o", obligationId)
                .param("on", Date.valueOf(on))
                .param("file", fileId)
                .param("figures", figures)
                .param("note", note)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<Submission> submissions(long obligationId) {
        return jdbc.sql("""
                        SELECT id, obligation_id, submitted_on, file_id, figures::text, note, created_at, created_by
                        FROM obligation_submission WHERE obligation_id = :o ORDER BY id
                        """)
                .param("o", obligationId)
                .query((rs, n) -> new Submission(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getDate(3).toLocalDate(),
                        (Long) rs.getObject(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getString(8)))
                .list();
    }

    private ObligationRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date first = rs.getDate("first_submitted");
        return new ObligationRow(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getString("number"),
                rs.getString("title"),
                rs.getLong("duty_id"),
                rs.getString("period") == null ? null : ReportPeriod.valueOf(rs.getString("period")),
                rs.getInt("year"),
                rs.getString("period_key"),
                rs.getDate("due_date").toLocalDate(),
                rs.getBoolean("due_assumed"),
                rs.getLong("reporter_unit_id"),
                rs.getString("reporter_unit"),
                (Long) rs.getObject("reporter_agency_id"),
                rs.getString("reporter_name"),
                json.readValue(rs.getString("recipients"), STRINGS),
                rs.getString("via"),
                rs.getString("reporter_path"),
                rs.getString("plan_path"),
                first == null ? null : first.toLocalDate(),
                rs.getInt("submissions"));
    }

    /** An obligation as stored, with its first submission day (the one that decides the status). */
    record ObligationRow(
            long id,
            long planId,
            String planNumber,
            String planTitle,
            long dutyId,
            ReportPeriod period,
            int year,
            String periodKey,
            LocalDate due,
            boolean dueAssumed,
            long reporterUnitId,
            String reporterUnitName,
            Long reporterAgencyId,
            String reporterName,
            List<String> recipients,
            String via,
            String reporterPath,
            String planPath,
            LocalDate firstSubmitted,
            int submissions) {}
}
