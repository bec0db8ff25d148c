package vn.giamngheo.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Sessions follow the account: on every request the session's login is checked against the account
 * as it is now, so disabling a user or changing their roles takes effect on their next request, not
 * at their next login (decision 0003). One indexed read of the account's version and enabled flag per
 * request; the authorities are recomputed only when the version moved (every change of roles, of the
 * enabled flag or of the password raises it).
 */
@Component
public class AccountSessions {
    private static final int CACHE_LIMIT = 10_000;

    private record Granted(int version, List<GrantedAuthority> authorities) {}

    private final UserStore users;
    private final Map<String, Granted> granted = new ConcurrentHashMap<>();

    AccountSessions(UserStore users) {
        this.users = users;
    }

    /**
     * The login as the account stands now: the same when nothing changed, with today's authorities
     * when the roles changed, and empty when the account was disabled or removed.
     */
    public Optional<Authentication> current(Authentication login) {
        if (!(login instanceof UsernamePasswordAuthenticationToken) || !login.isAuthenticated()) {
            return Optional.ofNullable(login);
        }
        Optional<UserStore.State> state = users.state(login.getName());
        if (state.isEmpty() || !state.get().enabled()) {
            granted.remove(key(login.getName()));
            return Optional.empty();
        }
        List<GrantedAuthority> now = authorities(login.getName(), state.get().version());
        if (List.copyOf(login.getAuthorities()).equals(now)) {
            return Optional.of(login);
        }
        UsernamePasswordAuthenticationToken updated =
                UsernamePasswordAuthenticationToken.authenticated(login.getName(), null, now);
        updated.setDetails(login.getDetails());
        return Optional.of(updated);
    }

    /** The authorities of a login that was just checked. */
    List<GrantedAuthority> authoritiesAtLogin(String username) {
        return users.state(username)
                .map(s -> authorities(username, s.version()))
                .orElse(List.of());
    }

    private List<GrantedAuthority> authorities(String username, int version) {
        Granted cached = granted.get(key(username));
        if (cached != null && cached.version() == version) {
            return cached.authorities();
        }
        List<GrantedAuthority> out = new ArrayList<>();
        users.account(username)
                .ifPresent(account -> account.roles().forEach(role -> {
                    out.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
                    role.permissions().forEach(p -> out.add(new SimpleGrantedAuthority(p.name())));
                }));
        if (granted.size() > CACHE_LIMIT) {
            granted.clear();
        }
        List<GrantedAuthority> fixed = List.copyOf(out);
        granted.put(key(username), new Granted(version, fixed));
        return fixed;
    }

    private static String key(String username) {
        return username.toLowerCase(java.util.Locale.ROOT);
    }
}
