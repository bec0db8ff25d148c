package vn.giamngheo.support;

import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.shared.Actor;

/**
 * Who reaches an entitlement list (decision 1477): an official whose jurisdiction holds the list's
 * unit, or, for a unit reorganised away (the 2025 reform), one whose jurisdiction holds a unit in
 * force that continues it — the new commune keeps its predecessors' lists as it keeps their
 * households. The beneficiaries a list names stay filtered by where each household is now.
 */
final class ListReach {
    private ListReach() {}

    /** The unit the list is read in: the list's own, else the first unit in force continuing it that the reader holds. */
    static AdminUnit heldBy(Actor actor, AdminUnit listUnit, AdminUnits units) {
        if (actor.jurisdiction().covers(listUnit.path()) || !listUnit.retired()) {
            return listUnit;
        }
        return units.currentSuccessorIds(listUnit.id()).stream()
                .map(units::get)
                .filter(u -> actor.jurisdiction().covers(u.path()))
                .findFirst()
                .orElse(listUnit);
    }

    static boolean reaches(Actor actor, AdminUnit listUnit, AdminUnits units) {
        return actor.jurisdiction().covers(heldBy(actor, listUnit, units).path());
    }

    /**
     * SQL: the list {@code l} has a unit continuing its own (through any number of reorganisations)
     * whose path satisfies {@code condition} (on {@code su.path}).
     */
    static String succeededInto(String condition) {
        return """
                EXISTS (WITH RECURSIVE s(id, d) AS (
                            SELECT x.successor_id, 1 FROM admin_unit_successions x WHERE x.predecessor_id = l.unit_id
                            UNION ALL
                            SELECT x.successor_id, s.d + 1 FROM s JOIN admin_unit_successions x ON x.predecessor_id = s.id
                            WHERE s.d < 16)
                        SELECT 1 FROM s JOIN admin_unit su ON su.id = s.id WHERE %s)
                """.formatted(condition);
    }
}
