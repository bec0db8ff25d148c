package vn.giamngheo.adminunit;

import java.util.Map;
import java.util.Set;

/**
 * Published inside the transaction that reorganised units, after the units moved: households
 * filed under {@code formerProvinceIds} whose unit now lies in another province must be re-filed
 * there, and households attached directly to a unit of {@code unitSuccessors}' keys follow it to
 * its successor. The moves themselves no longer re-file households one by one (V27_1,
 * {@code giamngheo.bulk_refile}); the household module does it set-based and reports how many
 * households it moved through {@link #moved(long)}.
 */
public final class HouseholdsFollowUnits {
    private final Set<Long> formerProvinceIds;
    private final Map<Long, Long> unitSuccessors;
    private long moved;

    public HouseholdsFollowUnits(Set<Long> formerProvinceIds, Map<Long, Long> unitSuccessors) {
        this.formerProvinceIds = Set.copyOf(formerProvinceIds);
        this.unitSuccessors = Map.copyOf(unitSuccessors);
    }

    public Set<Long> formerProvinceIds() {
        return formerProvinceIds;
    }

    public Map<Long, Long> unitSuccessors() {
        return unitSuccessors;
    }

    /** Called by the listener that moved the households. */
    public void moved(long households) {
        this.moved += households;
    }

    public long householdsMoved() {
        return moved;
    }
}
