package vn.giamngheo.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.giamngheo.shared.Actor;

/**
 * The login of the start-up warm-up, which renders the logged-in pages before the instance reports
 * ready (decision 1825). It is no account: it cannot log in through the login form or HTTP Basic, it
 * reads as {@link Actor#warmUp()} (an empty jurisdiction: every scoped read matches no row), and
 * the audit trail records nothing under its name. A request is accepted as it only when all of these
 * hold: it carries the secret drawn at this start (kept in this JVM's memory only, never logged), it
 * comes from the loopback, and the instance has not yet reported ready — the gate closes for good
 * after the warm-up, and at the latest when the application is ready.
 */
@Component
public class WarmUpIdentity {
    /** The request header that carries the secret. */
    public static final String HEADER = "X-Giamngheo-Warm-Up";

    private final byte[] secret;
    private final AtomicBoolean open = new AtomicBoolean(true);

    public WarmUpIdentity() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.secret =
                Base64.getUrlEncoder().withoutPadding().encodeToString(random).getBytes(StandardCharsets.US_ASCII);
    }

    /** The value of {@link #HEADER} for this start; for the warm-up in this JVM only. */
    public String secret() {
        return new String(secret, StandardCharsets.US_ASCII);
    }

    /** The warm-up login, when the gate is open, the secret matches and the caller is the loopback. */
    public Optional<Authentication> authenticate(String presented, String remoteAddress) {
        if (!open.get() || presented == null || !loopback(remoteAddress)) {
            return Optional.empty();
        }
        // constant time: the comparison tells nothing about how much of a guess was right
        if (!MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Login());
    }

    /** Closes the gate for the rest of this JVM's life; the warm-up calls it when done. */
    public void close() {
        open.set(false);
    }

    public boolean isOpen() {
        return open.get();
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        close();
    }

    private static boolean loopback(String address) {
        if (address == null
                || address.isBlank()
                || !(address.indexOf(':') >= 0 || Character.isDigit(address.charAt(0)))) {
            return false; // only a literal address: a name would need a lookup
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The authentication of a warm-up request: read by {@link CurrentUser} as {@link Actor#warmUp()}. */
    static final class Login extends AbstractAuthenticationToken {
        private Login() {
            super(List.of());
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return Actor.WARM_UP;
        }

        @Override
        public String getName() {
            return Actor.WARM_UP;
        }
    }
}
