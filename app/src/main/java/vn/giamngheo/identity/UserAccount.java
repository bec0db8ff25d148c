package vn.giamngheo.identity;

import java.util.List;
import java.util.Set;

/** A user as administrators see it: roles and the units whose subtrees form the jurisdiction. */
public record UserAccount(
        long id,
        String username,
        String fullName,
        boolean enabled,
        Set<Role> roles,
        List<Long> jurisdictionUnitIds,
        int version) {}
