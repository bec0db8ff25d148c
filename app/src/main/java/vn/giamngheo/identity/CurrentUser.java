package vn.giamngheo.identity;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotPermitted;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.UnitPaths;

/**
 * The logged-in user as an {@link Actor}. Roles and jurisdiction are read from the database on
 * each request, so a change by an administrator takes effect at once, not at the next login.
 */
@Component
public class CurrentUser {
    private final UserStore users;
    private final UnitPaths unitPaths;

    CurrentUser(UserStore users, UnitPaths unitPaths) {
        this.users = users;
        this.unitPaths = unitPaths;
    }

    public Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            throw new NotPermitted(Message.of("access.notLoggedIn"));
        }
        if (auth instanceof WarmUpIdentity.Login) {
            return Actor.warmUp(); // no account behind it: nothing to read from the database
        }
        // read once per request: a page asks several times, the answer cannot change within it
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return actorFor(auth.getName());
        }
        Object cached = request.getAttribute(ACTOR, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Actor actor && actor.username().equals(auth.getName())) {
            return actor;
        }
        Actor actor = actorFor(auth.getName());
        request.setAttribute(ACTOR, actor, RequestAttributes.SCOPE_REQUEST);
        return actor;
    }

    private static final String ACTOR = CurrentUser.class.getName() + ".actor";

    public Actor actorFor(String username) {
        UserAccount account =
                users.account(username).orElseThrow(() -> new NotPermitted(Message.of("access.unknownUser", username)));
        if (!account.enabled()) {
            throw new NotPermitted(Message.of("access.accountDisabled", username));
        }
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        account.roles().forEach(r -> permissions.addAll(r.permissions()));
        Jurisdiction jurisdiction = account.roles().contains(Role.SYSTEM_ADMIN)
                ? Jurisdiction.wholeCountry()
                : Jurisdiction.subtrees(unitPaths.paths(account.jurisdictionUnitIds()));
        return new Actor(account.username(), jurisdiction, permissions);
    }

    public UserAccount account() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return users.account(auth.getName())
                .orElseThrow(() -> new NotPermitted(Message.of("access.unknownUser", auth.getName())));
    }
}
