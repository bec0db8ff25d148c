package vn.giamngheo.householdplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.ScopedSql;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Indicator;

/**
 * Poverty by cause and by deprivation (the analysis seed 000 §4.5 asks of each review) on the current
 * lists: the households on the poor or near-poor lists in force now of the communes in the unit,
 * counted where they live now, with their causes as the commune reviewed them in their latest plan,
 * else as their latest recognised survey gave them, and the deprivations of that survey. Rolled up by
 * path (the unit's row counts every household below it); drill-down lists the households, in reach.
 */
@Service
public class PovertyCauses {
    static final String ENTITY = "PovertyByCause";
    static final int DRILL_LIMIT = 500;

    /**
     * The listed households under :p in reach, with their place, causes and deprivations. The
     * current lists of every commune whose subtree meets the unit (a village's commune too).
     */
    private static final String BASE = """
            WITH communes AS (
                SELECT u.id FROM admin_unit u
                WHERE u.level = 'COMMUNE' AND u.valid_to IS NULL AND (u.path LIKE :p OR :p LIKE u.path || '%%')),
            listed AS (
                SELECT DISTINCT ON (l.household_id) l.household_id, l.household_class
                FROM communes c CROSS JOIN LATERAL review_current_lists(c.id) l
                WHERE l.household_class = :cls
                ORDER BY l.household_id, l.campaign_id DESC),
            hh AS (
                SELECT l.household_id, l.household_class, h.code, h.head_name, hu.path, hu.name AS unit_name
                FROM listed l JOIN household_register h ON h.id = l.household_id
                JOIN admin_unit hu ON hu.id = h.unit_id
                WHERE NOT h.voided AND hu.path LIKE :p AND hu.path LIKE ANY (:scope)),
            survey AS (
                SELECT DISTINCT ON (r.household_id) r.household_id, r.deprivations,
                       ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(r.input->'causes') = 'array'
                                                              THEN r.input->'causes' ELSE '[]'::jsonb END)) AS causes
                FROM review_rows r JOIN review_lists_in_force f ON f.campaign_id = r.campaign_id
                WHERE r.household_id IN (SELECT household_id FROM hh)
                ORDER BY r.household_id, f.recognition_seq DESC),
            latest_plan AS (
                SELECT DISTINCT ON (p.household_id) p.household_id, p.id, p.causes
                FROM household_plan p
                WHERE p.voided_at IS NULL AND p.household_id IN (SELECT household_id FROM hh)
                ORDER BY p.household_id, p.year DESC),
            base AS (
                SELECT hh.*, coalesce(s.deprivations, '{}') AS deprivations, coalesce(pl.causes, s.causes, '{}') AS causes,
                       pl.id AS plan_id
                FROM hh LEFT JOIN survey s ON s.household_id = hh.household_id
                LEFT JOIN latest_plan pl ON pl.household_id = hh.household_id)
            %s""";

    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final AuditLog audit;

    PovertyCauses(JdbcClient jdbc, AdminUnits units, AuditLog audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
    }

    public CauseTable table(Actor actor, long unitId, String householdClass) {
        actor.require(Permission.REPORT_READ);
        String cls = listClass(householdClass);
        AdminUnit unit = units.get(unitId);
        record Cell(long unitId, String unitName, String key, int n) {}
        List<Cell> cells = ScopedSql.of(jdbc, actor.jurisdiction(), BASE.formatted("""
                        SELECT u.id, btrim(coalesce(u.kind, '') || ' ' || u.name), k.key, count(*)
                        FROM base b
                        JOIN admin_unit u ON (u.id = :u OR u.parent_id = :u) AND b.path LIKE u.path || '%'
                        CROSS JOIN LATERAL (
                            SELECT 'ALL' AS key
                            UNION ALL SELECT 'CAUSE:' || c FROM unnest(b.causes) c
                            UNION ALL SELECT 'DEP:' || d FROM unnest(b.deprivations) d) k
                        GROUP BY u.id, u.kind, u.name, u.path, k.key
                        ORDER BY u.path
                        """))
                .param("p", unit.path() + "%")
                .param("cls", cls)
                .param("u", unitId)
                .query((rs, n) -> new Cell(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
        Map<Long, Map<String, Integer>> byUnit = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        names.put(unit.id(), unit.fullName());
        byUnit.put(unit.id(), new LinkedHashMap<>());
        for (Cell c : cells) {
            names.putIfAbsent(c.unitId(), c.unitName());
            byUnit.computeIfAbsent(c.unitId(), k -> new LinkedHashMap<>()).put(c.key(), c.n());
        }
        CauseTable.Line total = null;
        List<CauseTable.Line> children = new ArrayList<>();
        for (Map.Entry<Long, Map<String, Integer>> e : byUnit.entrySet()) {
            CauseTable.Line line = line(e.getKey(), names.get(e.getKey()), e.getValue());
            if (e.getKey() == unit.id()) {
                total = line;
            } else {
                children.add(line);
            }
        }
        audit.read(actor, ENTITY, unitId, new AuditLog.UnitRef(unit.id(), unit.path()), "table " + cls);
        return new CauseTable(unit.id(), unit.fullName(), cls, total, children);
    }

    private static CauseTable.Line line(long id, String name, Map<String, Integer> keys) {
        Map<String, Integer> causes = new LinkedHashMap<>();
        for (HouseholdInput.Cause c : HouseholdInput.Cause.values()) {
            causes.put(c.name(), keys.getOrDefault("CAUSE:" + c.name(), 0));
        }
        Map<String, Integer> deprivations = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) {
            deprivations.put(i.name(), keys.getOrDefault("DEP:" + i.name(), 0));
        }
        return new CauseTable.Line(id, name, keys.getOrDefault("ALL", 0), causes, deprivations);
    }

    /**
     * The households of a unit on a list, optionally those with a cause ({@code CAUSE:LAND}) or a
     * deprivation ({@code DEP:WATER}); at most {@link #DRILL_LIMIT}, in reach, audited.
     */
    public List<CauseHousehold> households(Actor actor, long unitId, String householdClass, String key) {
        actor.require(Permission.HOUSEHOLD_READ);
        String cls = listClass(householdClass);
        String cause = null;
        String deprivation = null;
        if (key != null && !key.isBlank()) {
            if (key.startsWith("CAUSE:") && PlanRules.isCause(key.substring(6))) {
                cause = key.substring(6);
            } else if (key.startsWith("DEP:") && Indicator.fromCode(key.substring(4)) != null) {
                deprivation = key.substring(4);
            } else {
                throw InvalidInput.of("key", Message.of("householdplan.causeKey", key));
            }
        }
        AdminUnit unit = units.get(unitId);
        List<CauseHousehold> rows = ScopedSql.of(jdbc, actor.jurisdiction(), BASE.formatted("""
                        SELECT b.household_id, b.code, b.head_name, b.unit_name, b.household_class, b.causes, b.deprivations,
                               b.plan_id
                        FROM base b
                        WHERE (CAST(:cause AS text) IS NULL OR CAST(:cause AS text) = ANY (b.causes))
                          AND (CAST(:dep AS text) IS NULL OR CAST(:dep AS text) = ANY (b.deprivations))
                        ORDER BY b.path, b.head_name, b.household_id
                        LIMIT %d
                        """.formatted(DRILL_LIMIT)))
                .param("p", unit.path() + "%")
                .param("cls", cls)
                .param("cause", cause)
                .param("dep", deprivation)
                .query((rs, n) -> new CauseHousehold(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        HouseholdPlanStore.texts(rs.getArray(6)),
                        HouseholdPlanStore.texts(rs.getArray(7)),
                        (Long) rs.getObject(8)))
                .list();
        audit.read(
                actor,
                ENTITY,
                unitId,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                "households " + cls + (key == null ? "" : " " + key));
        return rows;
    }

    private static String listClass(String householdClass) {
        if (householdClass == null || householdClass.isBlank()) {
            return "POOR";
        }
        if (!HouseholdPlanStore.isListed(householdClass)) {
            throw InvalidInput.of("householdClass", Message.of("householdplan.listClass", householdClass));
        }
        return householdClass;
    }
}
