package vn.giamngheo.identity;

import java.time.Clock;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.giamngheo.audit.AuditLog;

/**
 * Checks a username and password for the login form and HTTP Basic alike. Every refusal — unknown
 * name, wrong password, disabled account, too many failures — gives the same answer, so the answer
 * never tells whether a name exists. After repeated failures ({@link LoginAttempts}: per name and
 * address, per name, per address) further attempts are refused without checking the password until
 * the wait has passed; every failure and every throttled attempt is audited.
 */
@Component
public class PasswordLogin implements AuthenticationProvider {
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final LoginAttempts attempts;
    private final AccountSessions sessions;
    private final String dummyHash;

    PasswordLogin(
            UserStore users,
            PasswordEncoder encoder,
            AuditLog audit,
            Clock clock,
            AccountSessions sessions,
            LoginAttempts attempts) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
        this.attempts = attempts;
        this.dummyHash = encoder.encode("no-such-user-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username =
                authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                        ? d.getRemoteAddress()
                        : "unknown";
        var found = users.credentials(username);
        Long userId = found.map(UserStore.Credentials::id).orElse(null);
        Duration wait = attempts.wait(username, address, clock.instant());
        if (!wait.isZero()) {
            audit.event(
                    username,
                    "LOGIN_THROTTLED",
                    "User",
                    userId,
                    null,
                    "wait " + wait.toSeconds() + " s from " + address);
            throw refused();
        }
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash); // same work as for a real user: no timing oracle
            attempts.failed(username, address, clock.instant());
            audit.event(username, "LOGIN_FAILED", "User", null, null, "unknown user from " + address);
            throw refused();
        }
        UserStore.Credentials user = found.get();
        if (!encoder.matches(password, user.passwordHash())) {
            users.recordFailure(user.id(), clock.instant());
            attempts.failed(username, address, clock.instant());
            audit.event(user.username(), "LOGIN_FAILED", "User", user.id(), null, "wrong password from " + address);
            throw refused();
        }
        if (!user.enabled()) {
            audit.event(user.username(), "LOGIN_FAILED", "User", user.id(), null, "disabled account from " + address);
            throw refused();
        }
        attempts.succeeded(username, address);
        users.resetFailures(user.id());
        if (encoder.upgradeEncoding(user.passwordHash())) {
            users.setPassword(user.id(), encoder.encode(password), clock.instant(), user.username());
        }
        UsernamePasswordAuthenticationToken done = UsernamePasswordAuthenticationToken.authenticated(
                user.username(), null, sessions.authoritiesAtLogin(user.username()));
        done.setDetails(authentication.getDetails());
        return done;
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("bad credentials");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
