package vn.giamngheo.identity;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.giamngheo.shared.Actor;

/**
 * Outside the demo dataset there are no accounts: the first administrator is created from the
 * environment variables GIAMNGHEO_ADMIN_USERNAME and GIAMNGHEO_ADMIN_PASSWORD (properties
 * giamngheo.admin.username/password) when the database has no system administrator yet.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private final UserAccounts users;
    private final String username;
    private final String password;

    FirstAdministrator(
            UserAccounts users,
            @Value("${giamngheo.admin.username:}") String username,
            @Value("${giamngheo.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            if (!users.anyAdministrator()) {
                log.warn(
                        "No administrator exists. Start once with GIAMNGHEO_ADMIN_USERNAME and GIAMNGHEO_ADMIN_PASSWORD set"
                                + " to create the first one (see README).");
            }
            return;
        }
        if (users.anyAdministrator()) {
            return;
        }
        users.create(
                Actor.system("first-administrator"),
                new NewUser(username, "Quản trị hệ thống", password, Set.of(Role.SYSTEM_ADMIN), List.of()));
        log.info("Created the first administrator '{}'", username);
    }
}
