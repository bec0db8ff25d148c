package vn.giamngheo.identity;

import java.util.List;
import java.util.Set;

/** What an administrator gives to create a user. */
public record NewUser(
        String username, String fullName, String password, Set<Role> roles, List<Long> jurisdictionUnitIds) {}
