package vn.giamngheo.shared;

import java.util.EnumSet;
import java.util.Set;

/** Who is acting, where they may act and what they may do; passed into every facade call that writes. */
public record Actor(String username, Jurisdiction jurisdiction, Set<Permission> permissions) {
    public Actor {
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
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
