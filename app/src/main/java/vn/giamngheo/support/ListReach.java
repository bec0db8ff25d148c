package vn.giamngheo.support;

/**
 * Who reaches an entitlement list (decision 1477): an official whose jurisdiction holds the list's
 * unit, or, for a unit reorganised away (the 2025 reform), one whose jurisdiction holds a unit in
 * force that continues it — the new commune keeps its predecessors' lists as it keeps their
 * households. The beneficiaries a list names stay filtered by where each household is now. The
 * check on one list is {@code AdminUnits.reaches}; this class holds its set-based form in SQL.
 */
final class ListReach {
    private ListReach() {}

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
