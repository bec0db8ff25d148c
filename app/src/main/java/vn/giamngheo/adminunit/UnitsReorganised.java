package vn.giamngheo.adminunit;

import java.util.Set;

/**
 * Published inside the transaction that merged, split or reorganised units (the 2025 reform import,
 * a merge, a recorded split, a split commune's village assigned to a successor): the units on either
 * side of the succession. Whoever keeps figures per unit recomputes them for these units and their
 * successors (a successor holds its predecessors' records until it has its own).
 */
public record UnitsReorganised(Set<Long> unitIds) {
    public UnitsReorganised {
        unitIds = Set.copyOf(unitIds);
    }
}
