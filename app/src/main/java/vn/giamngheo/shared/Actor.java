package vn.giamngheo.shared;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who is acting, where they may act and what they may do; passed into every facade call that writes. */
public record Actor(String username, Jurisdiction jurisdiction, Set<Permission> permissions) {
    public Actor {
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    /**
     * The name of the start-up warm-up's reader. Account names are letters, digits and {@code ._-}
     * only, so no account can bear it; the audit trail records nothing under it.
     */
    public static final String WARM_UP = "~warm-up~";

    /**
     * The reader the start-up warm-up renders logged-in pages as: it may open the household list and
     * the reports, but its jurisdiction is empty, so every scoped read matches no row.
     */
    public static Actor warmUp() {
        return new Actor(
                WARM_UP,
                Jurisdiction.subtrees(List.of()),
                EnumSet.of(Permission.HOUSEHOLD_READ, Permission.REPORT_READ));
    }

    /** The application itself (demo loading, first administrator): everywhere, every permission. */
    public static Actor system(String name) {
        return new Actor(name, Jurisdiction.wholeCountry(), EnumSet.allOf(Permission.class));
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    public void require(Permission permission) {
        if (!can(permission)) {
            throw NotPermitted.lacking(permission);
        }
    }
}
