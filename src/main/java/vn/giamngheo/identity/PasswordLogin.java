package vn.giamngheo.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.giamngheo.audit.AuditLog;

/**
 * Checks a username and password for the login form and HTTP Basic alike. After repeated failures
 * further attempts are refused, without even checking the password, until the throttle's wait has
 * passed; every failure is audited.
 */
@Component
public class PasswordLogin implements AuthenticationProvider {
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final String dummyHash;

    PasswordLogin(UserStore users, PasswordEncoder encoder, AuditLog audit, Clock clock,
            @Value("${giamngheo.login.max-failures-before-delay:3}") int freeFailures) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.throttle = new LoginThrottle(freeFailures);
        this.dummyHash = encoder.encode("no-such-user-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var found = users.credentials(username);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash); // same work as for a real user: no timing oracle
            audit.event(username, "LOGIN_FAILED", "User", null, null, "unknown user");
            throw new BadCredentialsException("bad credentials");
        }
        UserStore.Credentials user = found.get();
        Duration wait = throttle.remaining(user.failedLogins(), user.lastFailedAt(), clock.instant());
        if (!wait.isZero()) {
            audit.event(user.username(), "LOGIN_THROTTLED", "User", user.id(), null, "wait " + wait.toSeconds() + " s");
            throw new LockedException(String.valueOf(Math.max(1, wait.toSeconds())));
        }
        if (!user.enabled()) {
            throw new DisabledException("disabled");
        }
        if (!encoder.matches(password, user.passwordHash())) {
            users.recordFailure(user.id(), clock.instant());
            audit.event(user.username(), "LOGIN_FAILED", "User", user.id(), null, "wrong password");
            throw new BadCredentialsException("bad credentials");
        }
        users.resetFailures(user.id());
        if (encoder.upgradeEncoding(user.passwordHash())) {
            users.setPassword(user.id(), encoder.encode(password), clock.instant(), user.username());
        }
        return UsernamePasswordAuthenticationToken.authenticated(user.username(), null, authorities(user.username()));
    }

    private List<GrantedAuthority> authorities(String username) {
        List<GrantedAuthority> granted = new ArrayList<>();
        users.account(username).ifPresent(account -> account.roles().forEach(role -> {
            granted.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            role.permissions().forEach(p -> granted.add(new SimpleGrantedAuthority(p.name())));
        }));
        return granted;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
