package vn.giamngheo.planning;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.ScopedSql;

/** Assigning helpers to communes and to households, and listing who helps where. */
@Service
public class Helpers {
    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final Agencies agencies;
    private final HouseholdRegistry households;
    private final AuditLog audit;
    private final Clock clock;

    Helpers(
            JdbcClient jdbc,
            AdminUnits units,
            Agencies agencies,
            HouseholdRegistry households,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.agencies = agencies;
        this.households = households;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An agency helps a commune over a period. The name is matched to the registry from the
     * commune upwards; when it cannot be matched it is kept as written (agencyId null), not dropped.
     */
    @Transactional
    public HelperAssignment assignAgency(
            Actor actor, long communeId, String agencyName, LocalDate from, LocalDate to, String source) {
        Long agencyId = agencies.match(agencyName, communeId).map(a -> a.id()).orElse(null);
        return insert(actor, "AGENCY_FOR_COMMUNE", communeId, null, agencyId, agencyName, null, from, to, source);
    }

    @Transactional
    public HelperAssignment assignMember(
            Actor actor, long communeId, String memberName, String title, LocalDate from, LocalDate to, String source) {
        return insert(actor, "MEMBER_FOR_COMMUNE", communeId, null, null, memberName, title, from, to, source);
    }

    @Transactional
    public HelperAssignment assignCadre(
            Actor actor, long householdId, String cadreName, String title, LocalDate from, LocalDate to) {
        long unitId = households.get(actor, householdId).data().unitId();
        return insert(actor, "CADRE_FOR_HOUSEHOLD", unitId, householdId, null, cadreName, title, from, to, null);
    }

    /**
     * Current and past assignments in a unit's subtree overlapping the year, inside the reader's
     * jurisdiction: cadres are named beside the households they help, so the list is personal data,
     * scoped and audited like the registry.
     */
    public List<HelperAssignment> inSubtree(Actor actor, long unitId, int year) {
        actor.require(Permission.HOUSEHOLD_READ);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw InvalidInput.of("year", Message.of("planning.yearOutOfRange", year, MIN_YEAR, MAX_YEAR));
        }
        AdminUnit unit = units.get(unitId);
        List<HelperAssignment> found = ScopedSql.of(jdbc, actor.jurisdiction(), """
                        SELECT h.id, h.kind, h.unit_id, h.household_id, h.agency_id, h.helper_name, h.helper_title, h.valid_from,
                               h.valid_to, h.source_document
                        FROM helper_assignment h JOIN admin_unit u ON u.id = h.unit_id
                        WHERE u.path LIKE :p AND u.path LIKE ANY (:scope) AND h.voided_at IS NULL
                          AND h.valid_from <= :end AND (h.valid_to IS NULL OR h.valid_to >= :start)
                        ORDER BY u.path, h.kind, h.id
                        """)
                .param("p", unit.path() + "%")
                .param("start", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("end", Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, n) -> new HelperAssignment(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        (Long) rs.getObject(4),
                        (Long) rs.getObject(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getDate(8).toLocalDate(),
                        rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate(),
                        rs.getString(10)))
                .list();
        audit.read(actor, "HelperAssignment", unitId, new AuditLog.UnitRef(unit.id(), unit.path()), "year " + year);
        return found;
    }

    /** The years a helper list may be asked for (a wider year is a typing error, not a query). */
    private static final int MIN_YEAR = 1945;

    private static final int MAX_YEAR = 2200;

    private HelperAssignment insert(
            Actor actor,
            String kind,
            long unitId,
            Long householdId,
            Long agencyId,
            String name,
            String title,
            LocalDate from,
            LocalDate to,
            String source) {
        actor.require(Permission.PLAN_EDIT);
        AdminUnit unit = units.writableUnit(actor, unitId);
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("helperName", Message.of("plan.helperNameMissing"));
        }
        if (from == null) {
            throw InvalidInput.of("validFrom", Message.of("plan.helperFromMissing"));
        }
        if (to != null && to.isBefore(from)) {
            throw InvalidInput.of("validTo", Message.of("plan.endsBeforeStart"));
        }
        long id = jdbc.sql("""
                        INSERT INTO helper_assignment (kind, unit_id, household_id, agency_id, helper_name, helper_title, valid_from,
                               valid_to, source_document, created_at, created_by)
                        VALUES (:kind, :unit, :household, :agency, :name, :title, :from, :to, :source, :at, :by) RETURNING id
                        """)
                .param("kind", kind)
                .param("unit", unitId)
                .param("household", householdId)
                .param("agency", agencyId)
                .param("name", name.trim())
                .param("title", title)
                .param("from", Date.valueOf(from))
                .param("to", to == null ? null : Date.valueOf(to))
                .param("source", source)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.username())
                .query(Long.class)
                .single();
        HelperAssignment created =
                new HelperAssignment(id, kind, unitId, householdId, agencyId, name.trim(), title, from, to, source);
        audit.change(
                actor,
                "ASSIGN_HELPER",
                "HelperAssignment",
                id,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                null,
                created);
        return created;
    }
}
