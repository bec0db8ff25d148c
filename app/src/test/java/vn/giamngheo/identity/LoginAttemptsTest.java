package vn.giamngheo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {
    final Instant t0 = Instant.parse("2026-12-01T08:00:00Z");
    final LoginAttempts attempts = new LoginAttempts(3, 10, 30);

    void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(name, address, t0);
        }
    }

    @Test
    void anUnknownNameIsThrottledExactlyAsAKnownOne() {
        fail("khong-ai-ca", "10.0.0.1", 5);
        fail("xuanbai", "10.0.0.2", 5);
        assertThat(attempts.wait("khong-ai-ca", "10.0.0.1", t0))
                .isEqualTo(attempts.wait("xuanbai", "10.0.0.2", t0))
                .isPositive();
    }

    @Test
    void aGuesserElsewhereDoesNotLockTheOfficialOutAtTheirOwnAddressBeforeTheNameWideLimit() {
        fail("xuanbai", "198.51.100.7", 9);
        assertThat(attempts.wait("xuanbai", "198.51.100.7", t0)).isPositive();
        assertThat(attempts.wait("xuanbai", "10.0.0.2", t0)).isZero();
        fail("xuanbai", "198.51.100.8", 1);
        assertThat(attempts.wait("xuanbai", "10.0.0.2", t0)).isPositive();
    }

    @Test
    void oneAddressTryingManyNamesIsThrottledWhateverTheName() {
        for (int i = 0; i < 30; i++) {
            attempts.failed("user" + i, "203.0.113.5", t0);
        }
        assertThat(attempts.wait("someone-new", "203.0.113.5", t0)).isPositive();
        assertThat(attempts.wait("someone-new", "203.0.113.6", t0)).isZero();
    }

    @Test
    void aSuccessClearsTheNameButNotTheAddress() {
        for (int i = 0; i < 30; i++) {
            attempts.failed("user" + i, "203.0.113.5", t0);
        }
        attempts.succeeded("user1", "203.0.113.5");
        assertThat(attempts.wait("user1", "203.0.113.5", t0)).isPositive();
        fail("xuanbai", "10.0.0.2", 4);
        attempts.succeeded("xuanbai", "10.0.0.2");
        assertThat(attempts.wait("xuanbai", "10.0.0.2", t0)).isZero();
    }

    @Test
    void countsAreForgottenAfterAQuietSpellLongerThanAnyWait() {
        fail("xuanbai", "10.0.0.2", 8);
        Instant later = t0.plus(LoginThrottle.MAX_WAIT).plus(Duration.ofSeconds(1));
        assertThat(attempts.wait("xuanbai", "10.0.0.2", later)).isZero();
        attempts.failed("xuanbai", "10.0.0.2", later);
        assertThat(attempts.wait("xuanbai", "10.0.0.2", later)).isZero();
    }
}
