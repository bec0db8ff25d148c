package vn.giamngheo.planning.extraction;

/**
 * A unit a task names: its role, the mention as written, and — when the resolver knows it — the
 * agency's id and canonical name. Collective mentions ("UBND các xã, thị trấn") are kept as
 * written and never matched to a single agency.
 */
public record AssignedUnit(UnitRole role, String mention, Long agencyId, String name, boolean collective) {

    /** The canonical name when matched, else the mention as written. */
    public String display() {
        return name != null ? name : mention;
    }
}
