package vn.giamngheo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.IntegrationTestBase;

/**
 * The login throttle's counts, kept in PostgreSQL so that every instance behind a balancer sees the
 * same (the defaults: 3 free failures per name and address, 10 per name, 30 per address). Each test
 * uses names and addresses of its own.
 */
class LoginAttemptsIT extends IntegrationTestBase {
    @Autowired
    LoginAttempts attempts;

    @Autowired
    JdbcClient jdbc;

    final Instant t0 = Instant.parse("2026-12-01T08:00:00Z");
    final String run = UUID.randomUUID().toString().substring(0, 8);

    String name(String n) {
        return n + "-" + run;
    }

    String address(String a) {
        return a + "#" + run;
    }

    void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(name, address, t0);
        }
    }

    @Test
    void anUnknownNameIsThrottledExactlyAsAKnownOne() {
        fail(name("khong-ai-ca"), address("10.0.0.1"), 5);
        fail(name("can-bo-xa"), address("10.0.0.2"), 5);
        assertThat(attempts.wait(name("khong-ai-ca"), address("10.0.0.1"), t0))
                .isEqualTo(attempts.wait(name("can-bo-xa"), address("10.0.0.2"), t0))
                .isPositive();
    }

    @Test
    void aGuesserElsewhereDoesNotLockTheOfficialOutAtTheirOwnAddressBeforeTheNameWideLimit() {
        fail(name("can-bo-xa"), address("198.51.100.7"), 9);
        assertThat(attempts.wait(name("can-bo-xa"), address("198.51.100.7"), t0))
                .isPositive();
        assertThat(attempts.wait(name("can-bo-xa"), address("10.0.0.2"), t0)).isZero();
        fail(name("can-bo-xa"), address("198.51.100.8"), 1);
        assertThat(attempts.wait(name("can-bo-xa"), address("10.0.0.2"), t0)).isPositive();
    }

    @Test
    void oneAddressTryingManyNamesIsThrottledWhateverTheName() {
        for (int i = 0; i < 30; i++) {
            attempts.failed(name("user" + i), address("203.0.113.5"), t0);
        }
        assertThat(attempts.wait(name("someone-new"), address("203.0.113.5"), t0))
                .isPositive();
        assertThat(attempts.wait(name("someone-new"), address("203.0.113.6"), t0))
                .isZero();
    }

    @Test
    void aSuccessClearsTheNameButNotTheAddress() {
        for (int i = 0; i < 30; i++) {
            attempts.failed(name("user" + i), address("203.0.113.5"), t0);
        }
        attempts.succeeded(name("user1"), address("203.0.113.5"));
        assertThat(attempts.wait(name("user1"), address("203.0.113.5"), t0)).isPositive();
        fail(name("can-bo-xa"), address("10.0.0.2"), 4);
        attempts.succeeded(name("can-bo-xa"), address("10.0.0.2"));
        assertThat(attempts.wait(name("can-bo-xa"), address("10.0.0.2"), t0)).isZero();
    }

    @Test
    void countsAreForgottenAfterAQuietSpellLongerThanAnyWait() {
        fail(name("can-bo-xa"), address("10.0.0.2"), 8);
        Instant later = t0.plus(LoginThrottle.MAX_WAIT).plus(Duration.ofSeconds(1));
        assertThat(attempts.wait(name("can-bo-xa"), address("10.0.0.2"), later)).isZero();
        attempts.failed(name("can-bo-xa"), address("10.0.0.2"), later);
        assertThat(attempts.wait(name("can-bo-xa"), address("10.0.0.2"), later)).isZero();
    }

    /** Two instances counting the same guesser at once lose no failure: each one is an upsert. */
    @Test
    void failuresCountedConcurrentlyAreAllKept() throws Exception {
        String guessed = name("tinh");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String from = address("192.0.2." + (i % 4));
                work.add(() -> {
                    attempts.failed(guessed, from, t0);
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT failures FROM login_failure WHERE key = :k")
                        .param("k", "n:" + guessed)
                        .query(Integer.class)
                        .single())
                .isEqualTo(40);
    }
}
