package vn.giamngheo.support;

import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.NotFound;

/** The unit a support page shows: the one asked for, else the first unit of the reader's jurisdiction. */
final class PageUnits {
    private PageUnits() {}

    static AdminUnit unit(Long unitId, AdminUnits units, Actor actor) {
        if (unitId != null) {
            return units.get(unitId);
        }
        var j = actor.jurisdiction();
        if (j.everywhere() || j.paths().isEmpty()) {
            return units.roots().stream().findFirst().orElseThrow(() -> new NotFound("AdminUnit", 0));
        }
        String[] ids = j.paths().get(0).split("/");
        return units.get(Long.parseLong(ids[ids.length - 1]));
    }
}
