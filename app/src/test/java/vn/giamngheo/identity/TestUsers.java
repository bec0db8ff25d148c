package vn.giamngheo.identity;

import java.util.List;
import java.util.Set;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.shared.Actor;

/**
 * Builds accounts for integration tests: a role over units the test made itself. They share the
 * password the test HTTP client sends ({@code Http.DEMO_PASSWORD}), so a test logs in by user name.
 */
public final class TestUsers {
    public static final String PASSWORD = vn.giamngheo.Http.DEMO_PASSWORD;
    private static final Actor SYSTEM = Actor.system("test-users");
    private final UserAccounts users;

    public TestUsers(UserAccounts users) {
        this.users = users;
    }

    /** A new account with the role over the given units; returns its user name. */
    public String a(Role role, AdminUnit... jurisdiction) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + TestUnits.tag();
        users.create(
                SYSTEM,
                new NewUser(
                        username,
                        "Người thử " + username,
                        PASSWORD,
                        Set.of(role),
                        List.of(jurisdiction).stream().map(AdminUnit::id).toList()));
        return username;
    }

    /** A system administrator of the whole country (no jurisdiction units needed). */
    public String anAdministrator() {
        return a(Role.SYSTEM_ADMIN);
    }
}
