package vn.giamngheo.shared;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The materialized path of an administrative unit ("/1/23/", the key of every jurisdiction check),
 * for the modules below the hierarchy's own (identity, audit) that cannot depend on it: the hierarchy
 * module implements this port (decision 1111).
 */
public interface UnitPaths {
    /** The unit's path; empty when there is no such unit. */
    Optional<String> path(long unitId);

    /** The paths of the units that exist, in the order given. */
    default List<String> paths(Collection<Long> unitIds) {
        return unitIds.stream().flatMap(id -> path(id).stream()).toList();
    }
}
