package vn.giamngheo.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins counted three ways, the same for names that exist and names that do not (so the
 * answer never tells them apart): per name and client address (the few free tries of one person
 * mistyping), per name from anywhere (a slower limit against guessing from many addresses), and per
 * address whatever the name (one machine trying many accounts). Each count waits as
 * {@link LoginThrottle} says; a count is forgotten once its longest wait has passed without a new
 * failure, and a success clears the name's counts but never the address's. An attacker elsewhere
 * does not lock an official out at their own address until the name-wide limit, which is larger.
 *
 * <p>Kept in the database ({@code login_failure}), not in one instance's memory: behind a balancer a
 * guesser whose attempts land on different instances meets the same counts (decision 1811). A count
 * is one row, raised by one upsert, so two instances counting at once never lose a failure.
 */
@Component
class LoginAttempts {
    /** Cluster-wide lock of the purge, so that one instance does it at a time. */
    private static final long PURGE_LOCK = 0x6c6f67696e70L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoginThrottle perNameAndAddress;
    private final LoginThrottle perName;
    private final LoginThrottle perAddress;

    LoginAttempts(
            JdbcClient jdbc,
            Clock clock,
            @Value("${giamngheo.login.max-failures-before-delay:3}") int freePerNameAndAddress,
            @Value("${giamngheo.login.max-failures-per-name:10}") int freePerName,
            @Value("${giamngheo.login.max-failures-per-address:30}") int freePerAddress) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perNameAndAddress = new LoginThrottle(freePerNameAndAddress);
        this.perName = new LoginThrottle(freePerName);
        this.perAddress = new LoginThrottle(freePerAddress);
    }

    private record Failures(int count, Instant last) {}

    /** Zero when an attempt for {@code name} from {@code address} may be checked now, else the wait. */
    Duration wait(String name, String address, Instant now) {
        Map<String, Failures> found = jdbc
                .sql("SELECT key, failures, last_at FROM login_failure WHERE key IN (:keys)")
                .param("keys", List.of(pair(name, address), nameKey(name), addressKey(address)))
                .query((rs, n) -> Map.entry(
                        rs.getString(1),
                        new Failures(rs.getInt(2), rs.getTimestamp(3).toInstant())))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Duration a = remaining(found.get(pair(name, address)), perNameAndAddress, now);
        Duration b = remaining(found.get(nameKey(name)), perName, now);
        Duration c = remaining(found.get(addressKey(address)), perAddress, now);
        Duration longest = a.compareTo(b) >= 0 ? a : b;
        return longest.compareTo(c) >= 0 ? longest : c;
    }

    /**
     * One more failure on each of the three counts; a count quiet for longer than any wait starts
     * again at one. The keys are written in a fixed order, so two instances never deadlock on them.
     */
    @Transactional
    void failed(String name, String address, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp quietSince = Timestamp.from(now.minus(LoginThrottle.MAX_WAIT));
        for (String key : new TreeSet<>(List.of(pair(name, address), nameKey(name), addressKey(address)))) {
            jdbc.sql("""
                            INSERT INTO login_failure AS f (key, failures, last_at) VALUES (:key, 1, :at)
                            ON CONFLICT (key) DO UPDATE SET
                                failures = CASE WHEN f.last_at < :quietSince THEN 1 ELSE f.failures + 1 END,
                                last_at = :at
                            """)
                    .param("key", key)
                    .param("at", at)
                    .param("quietSince", quietSince)
                    .update();
        }
    }

    void succeeded(String name, String address) {
        jdbc.sql("DELETE FROM login_failure WHERE key IN (:keys)")
                .param("keys", List.of(pair(name, address), nameKey(name)))
                .update();
    }

    /**
     * Counts quiet for longer than any wait say nothing any more: dropped every few minutes, by one
     * instance at a time (the others find the lock taken and skip this round).
     */
    @Scheduled(fixedDelayString = "${giamngheo.login.purge-every:PT5M}", initialDelayString = "PT1M")
    @Transactional
    public void purge() {
        if (Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
                .param("lock", PURGE_LOCK)
                .query(Boolean.class)
                .single())) {
            jdbc.sql("DELETE FROM login_failure WHERE last_at < :before")
                    .param("before", Timestamp.from(clock.instant().minus(LoginThrottle.MAX_WAIT)))
                    .update();
        }
    }

    private static Duration remaining(Failures f, LoginThrottle throttle, Instant now) {
        return f == null ? Duration.ZERO : throttle.remaining(f.count(), f.last(), now);
    }

    private static String pair(String name, String address) {
        return "p:" + fold(name) + "@" + address;
    }

    private static String nameKey(String name) {
        return "n:" + fold(name);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static String fold(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
