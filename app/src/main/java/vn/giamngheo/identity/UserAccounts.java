package vn.giamngheo.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.NotPermitted;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.UnitPaths;

/**
 * User administration. An administrator may only give jurisdiction inside their own, and only a
 * system administrator may make another one. Passwords never reach the audit trail.
 */
@Service
public class UserAccounts {
    private final UserStore store;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final UnitPaths unitPaths;

    UserAccounts(UserStore store, PasswordEncoder encoder, AuditLog audit, Clock clock, UnitPaths unitPaths) {
        this.store = store;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.unitPaths = unitPaths;
    }

    public List<UserAccount> list(Actor actor) {
        actor.require(Permission.USER_ADMIN);
        return store.all().stream().filter(u -> visibleTo(actor, u)).toList();
    }

    public UserAccount get(Actor actor, long id) {
        actor.require(Permission.USER_ADMIN);
        UserAccount account = store.account(id).orElseThrow(() -> new NotFound("User", id));
        if (!visibleTo(actor, account)) {
            throw new OutsideJurisdiction("User", id);
        }
        return account;
    }

    public boolean anyAdministrator() {
        return store.anyAdministrator();
    }

    @Transactional
    public UserAccount create(Actor actor, NewUser user) {
        actor.require(Permission.USER_ADMIN);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (user.username() == null || !user.username().trim().matches("[A-Za-z0-9._-]{3,40}")) {
            problems.add(InvalidInput.Problem.of("username", "identity.usernameFormat"));
        } else if (store.credentials(user.username()).isPresent()) {
            problems.add(InvalidInput.Problem.of("username", "identity.usernameTaken", user.username()));
        }
        if (user.fullName() == null || user.fullName().isBlank()) {
            problems.add(InvalidInput.Problem.of("fullName", "identity.fullNameMissing"));
        }
        checkPassword(user.password(), problems, user.username(), user.fullName());
        if (user.roles() == null || user.roles().isEmpty()) {
            problems.add(InvalidInput.Problem.of("roles", "identity.rolesMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        checkGrant(actor, user.roles(), user.jurisdictionUnitIds());
        long id = store.insert(user, encoder.encode(user.password()), clock.instant(), actor.username());
        UserAccount created = store.account(id).orElseThrow();
        audit.change(actor, "CREATE", "User", id, null, null, created);
        return created;
    }

    @Transactional
    public UserAccount update(
            Actor actor,
            long id,
            String fullName,
            boolean enabled,
            Set<Role> roles,
            List<Long> unitIds,
            int expectedVersion) {
        UserAccount before = get(actor, id);
        if (roles == null || roles.isEmpty()) {
            throw InvalidInput.of("roles", Message.of("identity.rolesMissing"));
        }
        checkGrant(actor, roles, unitIds);
        if (!store.update(id, fullName, enabled, expectedVersion, clock.instant(), actor.username())) {
            throw new ConcurrentEdit("User", id);
        }
        store.replaceRolesAndJurisdiction(id, roles, unitIds);
        UserAccount after = store.account(id).orElseThrow();
        audit.change(actor, "UPDATE", "User", id, null, before, after);
        return after;
    }

    @Transactional
    public void setPassword(Actor actor, long id, String password) {
        UserAccount account = get(actor, id);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        checkPassword(password, problems, account.username(), account.fullName());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        store.setPassword(id, encoder.encode(password), clock.instant(), actor.username());
        audit.change(actor, "SET_PASSWORD", "User", id, null, null, Map.of("username", account.username()));
    }

    private void checkGrant(Actor actor, Set<Role> roles, List<Long> unitIds) {
        if (roles.contains(Role.SYSTEM_ADMIN) && !actor.jurisdiction().everywhere()) {
            throw new NotPermitted(Message.of("identity.adminOnlyByNational"));
        }
        for (Long unitId : unitIds) {
            String path = unitPaths
                    .path(unitId)
                    .orElseThrow(() -> InvalidInput.of(
                            "jurisdictionUnitIds", Message.of("identity.unknownUnit", String.valueOf(unitId))));
            if (!actor.jurisdiction().covers(path)) {
                throw new OutsideJurisdiction("AdminUnit", unitId);
            }
        }
        if (unitIds.isEmpty() && !roles.contains(Role.SYSTEM_ADMIN)) {
            throw InvalidInput.of("jurisdictionUnitIds", Message.of("identity.jurisdictionMissing"));
        }
    }

    private boolean visibleTo(Actor actor, UserAccount account) {
        if (actor.jurisdiction().everywhere()) {
            return true;
        }
        if (account.roles().contains(Role.SYSTEM_ADMIN)) {
            return false;
        }
        return !account.jurisdictionUnitIds().isEmpty()
                && unitPaths.paths(account.jurisdictionUnitIds()).stream()
                        .allMatch(p -> actor.jurisdiction().covers(p));
    }

    private static void checkPassword(String password, List<InvalidInput.Problem> problems, String... personal) {
        problems.addAll(PasswordRule.problems(password, personal));
    }
}
