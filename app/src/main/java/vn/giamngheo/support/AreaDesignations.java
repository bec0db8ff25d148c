package vn.giamngheo.support;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
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
 * Area designations as data (poor commune, extremely difficult commune, ethnic-minority and
 * mountainous area): entered or imported by an official whose jurisdiction holds the unit, each
 * naming the decision that designates it, never deleted (voided with a reason). Overlapping live
 * designations of one kind for one unit are refused by the database's exclusion constraint. Not
 * personal data: readable by every signed-in user. Decision 1451.
 */
@Service
public class AreaDesignations {
    static final String ENTITY = "AreaDesignation";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String SELECT = """
            SELECT d.*, u.name AS unit_name, u.path AS unit_path
            FROM support_area_designation d JOIN admin_unit u ON u.id = d.unit_id
            """;
    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    AreaDesignations(JdbcClient jdbc, AdminUnits units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A designation to enter: the unit (by id or by its code), kind, decision, validity. */
    public record NewDesignation(
            Long unitId,
            String unitCode,
            String kind,
            String decision,
            LocalDate decisionDate,
            LocalDate validFrom,
            LocalDate validTo,
            String note) {}

    /** The designations of a unit, of the units above it and of those under it, live first. */
    public List<AreaDesignation> around(long unitId) {
        AdminUnit unit = units.get(unitId);
        return jdbc.sql(SELECT + """
                         WHERE u.path LIKE :sub OR :path LIKE u.path || '%'
                         ORDER BY d.voided_at NULLS FIRST, u.path, d.kind, d.valid_from
                        """)
                .param("sub", unit.path() + "%")
                .param("path", unit.path())
                .query(AreaDesignations::row)
                .list();
    }

    /** The live designations covering any of these unit paths (the unit or one above it), any period. */
    List<AreaDesignation> covering(Collection<String> paths) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                         WHERE d.voided_at IS NULL
                           AND EXISTS (SELECT 1 FROM unnest(CAST(:paths AS text[])) p WHERE p LIKE u.path || '%')
                        """)
                .param("paths", paths.stream().distinct().toArray(String[]::new))
                .query(AreaDesignations::row)
                .list();
    }

    public AreaDesignation get(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id")
                .param("id", id)
                .query(AreaDesignations::row)
                .optional()
                .orElseThrow(() -> new NotFound(ENTITY, id));
    }

    /**
     * Enters designations, all or nothing: every row is checked (unit known and inside the
     * official's jurisdiction, kind, decision, days) with its line, then stored; an overlap with a
     * live designation of the same kind and unit refuses the whole batch, naming the line.
     */
    @Transactional
    public List<AreaDesignation> add(Actor actor, List<NewDesignation> rows) {
        actor.require(Permission.FUNDING_EDIT);
        if (rows == null || rows.isEmpty() || rows.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInput.of("rows", Message.of("support.required"));
        }
        List<InvalidInput.Problem> problems = new ArrayList<>();
        List<Object[]> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int line = i + 1;
            NewDesignation r = rows.get(i);
            String ref = r.unitCode() != null ? r.unitCode() : r.unitId() == null ? "" : "#" + r.unitId();
            List<InvalidInput.Problem> here = new ArrayList<>();
            AdminUnit unit = null;
            if (r.unitId() == null && (r.unitCode() == null || r.unitCode().isBlank())) {
                here.add(InvalidInput.Problem.of("unitId", "support.required"));
            } else {
                var found = r.unitId() != null
                        ? units.find(r.unitId())
                        : units.findByCode(r.unitCode().strip());
                if (found.isEmpty()) {
                    here.add(InvalidInput.Problem.of("unitId", "support.areaUnitUnknown", ref));
                } else {
                    unit = units.writableUnit(actor, found.get().id());
                }
            }
            AreaKind kind = null;
            try {
                kind = AreaKind.valueOf(r.kind() == null ? "" : r.kind().strip());
            } catch (IllegalArgumentException e) {
                here.add(InvalidInput.Problem.of("kind", "support.areaKindUnknown", String.valueOf(r.kind())));
            }
            if (r.decision() == null || r.decision().isBlank()) {
                here.add(InvalidInput.Problem.of("decision", "support.decisionRequired"));
            }
            if (r.validFrom() == null) {
                here.add(InvalidInput.Problem.of("validFrom", "support.required"));
            } else if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
                here.add(InvalidInput.Problem.of(
                        "validTo",
                        "support.periodEnd",
                        r.validTo().format(DAY),
                        r.validFrom().format(DAY)));
            }
            if (here.isEmpty()) {
                checked.add(new Object[] {line, unit, kind, r});
            }
            here.forEach(p -> problems.add(p.at(line, ref)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var now = Timestamp.from(clock.instant());
        List<AreaDesignation> out = new ArrayList<>();
        for (Object[] c : checked) {
            int line = (int) c[0];
            AdminUnit unit = (AdminUnit) c[1];
            AreaKind kind = (AreaKind) c[2];
            NewDesignation r = (NewDesignation) c[3];
            long id;
            try {
                id = jdbc.sql("""
                                INSERT INTO support_area_designation (unit_id, kind, decision, decision_date, valid_from,
                                    valid_to, note, created_at, created_by, changed_at, changed_by)
                                VALUES (:u, :k, :d, :dd, :f, :t, :n, :at, :by, :at, :by) RETURNING id
                                """)
                        .param("u", unit.id())
                        .param("k", kind.name())
                        .param("d", r.decision().strip())
                        .param("dd", r.decisionDate() == null ? null : Date.valueOf(r.decisionDate()))
                        .param("f", Date.valueOf(r.validFrom()))
                        .param("t", r.validTo() == null ? null : Date.valueOf(r.validTo()))
                        .param(
                                "n",
                                r.note() == null || r.note().isBlank()
                                        ? null
                                        : r.note().strip())
                        .param("at", now)
                        .param("by", actor.username())
                        .query(Long.class)
                        .single();
            } catch (DataIntegrityViolationException e) {
                throw InvalidInput.of(InvalidInput.Problem.of(
                                "validFrom", "support.areaOverlap", unit.fullName(), Message.of("support.area." + kind))
                        .at(line, unit.code()));
            }
            AreaDesignation d = get(id);
            audit.change(actor, "CREATE", ENTITY, id, new AuditLog.UnitRef(unit.id(), unit.path()), null, d);
            out.add(d);
        }
        return out;
    }

    /** Voids a designation entered by mistake, with a reason; a stale version is a conflict. */
    @Transactional
    public AreaDesignation voidIt(Actor actor, long id, String reason, int version) {
        actor.require(Permission.FUNDING_EDIT);
        AreaDesignation d = get(id);
        AdminUnit unit = units.writableUnit(actor, d.unitId());
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Message.of("support.reasonRequired"));
        }
        int n = jdbc.sql("""
                        UPDATE support_area_designation SET voided_at = :at, voided_by = :by, void_reason = :r,
                            version = version + 1, changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :v AND voided_at IS NULL
                        """)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.username())
                .param("r", reason.strip())
                .param("id", id)
                .param("v", version)
                .update();
        if (n == 0) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        AreaDesignation after = get(id);
        audit.change(actor, "VOID", ENTITY, id, new AuditLog.UnitRef(unit.id(), unit.path()), d, after);
        return after;
    }

    /**
     * Sets the area condition of a content's rule (empty: none). The rules are the country's
     * reference data: set by an official whose jurisdiction is the whole country; a stale version is
     * a conflict.
     */
    @Transactional
    public void setRuleAreas(Actor actor, long contentId, List<String> kinds, int version) {
        actor.require(Permission.FUNDING_EDIT);
        if (!actor.jurisdiction().everywhere()) {
            throw new vn.giamngheo.shared.NotPermitted(Message.of("support.rulesNational"));
        }
        List<String> checked = new ArrayList<>();
        for (String k : kinds == null ? List.<String>of() : kinds) {
            try {
                checked.add(AreaKind.valueOf(k == null ? "" : k.strip()).name());
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("areas", Message.of("support.areaKindUnknown", String.valueOf(k)));
            }
        }
        int n = jdbc.sql("""
                        UPDATE support_content_rule SET areas = :a, version = version + 1, changed_at = :at, changed_by = :by
                        WHERE content_id = :c AND version = :v
                        """)
                .param(
                        "a",
                        checked.isEmpty() ? null : checked.stream().distinct().toArray(String[]::new))
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.username())
                .param("c", contentId)
                .param("v", version)
                .update();
        if (n == 0) {
            throw new ConcurrentEdit("ContentRule", contentId);
        }
        audit.change(actor, "UPDATE", "ContentRule", contentId, null, null, java.util.Map.of("areas", checked));
    }

    private static AreaDesignation row(ResultSet rs, int n) throws SQLException {
        Date to = rs.getDate("valid_to");
        Date dd = rs.getDate("decision_date");
        return new AreaDesignation(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                rs.getString("unit_path"),
                AreaKind.valueOf(rs.getString("kind")),
                rs.getString("decision"),
                dd == null ? null : dd.toLocalDate(),
                rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getString("note"),
                rs.getTimestamp("voided_at") != null,
                rs.getString("void_reason"),
                rs.getInt("version"));
    }
}
