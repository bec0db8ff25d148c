package vn.giamngheo.jobs;

import java.io.IOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.Permission;

/**
 * Vacancies entered by officials or imported from an employment service centre's list. A vacancy is
 * no personal data (an employer's public offer): any user reads them; a unit's officials keep its own.
 */
@Service
public class Vacancies {
    static final String ENTITY = "Vacancy";
    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    Vacancies(JdbcClient jdbc, AdminUnits units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Vacancy create(Actor actor, VacancyData data) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        AdminUnit owner = units.writableUnit(actor, data.ownerUnitId());
        Long place = placeUnit(data.placeUnitCode(), "placeUnitCode");
        List<InvalidInput.Problem> problems = VacancyRules.check(data);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = insert(actor, data, place, "ENTERED", null, 0);
        Vacancy created = get(id);
        audit.change(actor, "CREATE", ENTITY, id, Workers.unitRef(owner), null, created);
        return created;
    }

    @Transactional
    public Vacancy update(Actor actor, long id, VacancyData data, int expectedVersion) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        Vacancy before = get(id);
        AdminUnit owner = units.writableUnit(actor, before.ownerUnitId());
        Long place = placeUnit(data.placeUnitCode(), "placeUnitCode");
        List<InvalidInput.Problem> problems = VacancyRules.check(data);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int changed = jdbc.sql("""
                        UPDATE jobs_vacancy SET place_unit_id = :placeUnit, employer = :employer, employer_phone = :phone,
                               job_title = :job, place = :place, positions = :positions, skills = :skills,
                               wage_from = :wageFrom, wage_to = :wageTo, contract_type = :contract,
                               closing_date = :closing, version = version + 1, changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :version
                        """)
                .params(params(data, place))
                .param("id", id)
                .param("version", expectedVersion)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.username())
                .update();
        if (changed == 0) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        Vacancy after = get(id);
        audit.change(actor, "UPDATE", ENTITY, id, Workers.unitRef(owner), before, after);
        return after;
    }

    /** Closes a vacancy before its closing date (filled, withdrawn by the employer). */
    @Transactional
    public Vacancy close(Actor actor, long id, int expectedVersion) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        Vacancy before = get(id);
        AdminUnit owner = units.writableUnit(actor, before.ownerUnitId());
        int changed = jdbc.sql("""
                        UPDATE jobs_vacancy SET closed_at = :at, version = version + 1, changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :version AND closed_at IS NULL
                        """)
                .param("id", id)
                .param("version", expectedVersion)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.username())
                .update();
        if (changed == 0) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        Vacancy after = get(id);
        audit.change(actor, "CLOSE", ENTITY, id, Workers.unitRef(owner), before, after);
        return after;
    }

    /** What an import stored. */
    public record Imported(int stored, String fileName) {}

    /**
     * A centre's vacancy list: every line checked first; one bad line and nothing is stored, with each
     * problem named by line and field.
     */
    @Transactional
    public Imported importFile(Actor actor, long ownerUnitId, String fileName, byte[] content) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        AdminUnit owner = units.writableUnit(actor, ownerUnitId);
        List<VacancyFile.Line> lines;
        try {
            lines = VacancyFile.read(
                    fileName,
                    content,
                    ownerUnitId,
                    code -> units.findByCode(code).isPresent());
        } catch (IOException | RuntimeException e) {
            throw InvalidInput.of("file", Message.of("jobs.fileUnreadable", fileName == null ? "" : fileName));
        }
        List<InvalidInput.Problem> problems = new ArrayList<>();
        lines.forEach(l -> problems.addAll(l.problems()));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.size() > 200 ? problems.subList(0, 200) : problems);
        }
        for (VacancyFile.Line l : lines) {
            Long place = placeUnit(l.vacancy().placeUnitCode(), "placeUnitCode");
            insert(actor, l.vacancy(), place, "IMPORTED", fileName, l.line());
        }
        audit.change(actor, "IMPORT", ENTITY, fileName, Workers.unitRef(owner), null, Map.of("lines", lines.size()));
        return new Imported(lines.size(), fileName);
    }

    public Vacancy get(long id) {
        return jdbc.sql(SELECT + " WHERE v.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional()
                .orElseThrow(() -> new NotFound(ENTITY, id));
    }

    /** Vacancies kept in a unit's subtree or whose workplace is in it; open ones only unless {@code all}. */
    public List<Vacancy> list(long unitId, boolean all, String q, int limit) {
        AdminUnit unit = units.get(unitId);
        return jdbc.sql(SELECT + """
                         WHERE (o.path LIKE :p OR pu.path LIKE :p)
                           AND (:all OR (v.closed_at IS NULL AND v.closing_date >= :today))
                           AND (CAST(:q AS text) IS NULL OR v.employer ILIKE :q OR v.job_title ILIKE :q OR v.place ILIKE :q)
                         ORDER BY v.closing_date, v.id LIMIT :limit
                        """)
                .param("p", unit.path() + "%")
                .param("all", all)
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .param("q", q == null || q.isBlank() ? null : "%" + q.trim() + "%")
                .param("limit", Math.max(1, Math.min(limit, 2000)))
                .query((rs, n) -> map(rs))
                .list();
    }

    /** Open vacancies anywhere, for a worker's ranked list (the commuting reach decides which fit). */
    List<Vacancy> open() {
        return jdbc.sql(SELECT + " WHERE v.closed_at IS NULL AND v.closing_date >= :today ORDER BY v.id")
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .query((rs, n) -> map(rs))
                .list();
    }

    private Long placeUnit(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return units.findByCode(code.trim())
                .map(AdminUnit::id)
                .orElseThrow(() -> InvalidInput.of(field, Message.of("jobs.placeCodeUnknown", code)));
    }

    private long insert(Actor actor, VacancyData d, Long place, String source, String file, int line) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        INSERT INTO jobs_vacancy (owner_unit_id, place_unit_id, employer, employer_phone, job_title, place,
                               positions, skills, wage_from, wage_to, contract_type, closing_date, source, source_file,
                               source_line, created_at, created_by, changed_at, changed_by)
                        VALUES (:owner, :placeUnit, :employer, :phone, :job, :place, :positions, :skills, :wageFrom, :wageTo,
                               :contract, :closing, :source, :file, :line, :at, :by, :at, :by)
                        RETURNING id
                        """)
                .params(params(d, place))
                .param("owner", d.ownerUnitId())
                .param("source", source)
                .param("file", file)
                .param("line", line == 0 ? null : line)
                .param("at", now)
                .param("by", actor.username())
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> params(VacancyData d, Long place) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("placeUnit", place);
        p.put("employer", d.employer().trim());
        p.put("phone", WorkerRows.blankToNull(d.employerPhone()));
        p.put("job", d.jobTitle().trim());
        p.put("place", d.place().trim());
        p.put("positions", d.positions());
        p.put("skills", d.skills().toArray(new String[0]));
        p.put("wageFrom", d.wageFrom());
        p.put("wageTo", d.wageTo());
        p.put("contract", WorkerRows.name(d.contractType()));
        p.put("closing", Date.valueOf(d.closingDate()));
        return p;
    }

    private static final String SELECT = """
            SELECT v.id, v.owner_unit_id, v.place_unit_id, pu.name AS place_unit_name, v.employer, v.employer_phone,
                   v.job_title, v.place, v.positions, v.skills, v.wage_from, v.wage_to, v.contract_type, v.closing_date,
                   v.closed_at IS NOT NULL AS closed, v.source, v.version,
                   (SELECT count(*) FROM jobs_referral r WHERE r.vacancy_id = v.id)::int AS referred,
                   (SELECT count(*) FROM jobs_referral r WHERE r.vacancy_id = v.id AND r.status = 'HIRED')::int AS hired
            FROM jobs_vacancy v JOIN admin_unit o ON o.id = v.owner_unit_id
            LEFT JOIN admin_unit pu ON pu.id = v.place_unit_id
            """;

    private static Vacancy map(ResultSet rs) throws SQLException {
        return new Vacancy(
                rs.getLong("id"),
                rs.getLong("owner_unit_id"),
                (Long) rs.getObject("place_unit_id"),
                rs.getString("place_unit_name"),
                rs.getString("employer"),
                rs.getString("employer_phone"),
                rs.getString("job_title"),
                rs.getString("place"),
                rs.getInt("positions"),
                WorkerRows.texts(rs.getArray("skills")),
                (Long) rs.getObject("wage_from"),
                (Long) rs.getObject("wage_to"),
                WorkerRows.code(ContractType.class, rs.getString("contract_type")),
                rs.getDate("closing_date").toLocalDate(),
                rs.getBoolean("closed"),
                rs.getString("source"),
                rs.getInt("referred"),
                rs.getInt("hired"),
                rs.getInt("version"));
    }
}
