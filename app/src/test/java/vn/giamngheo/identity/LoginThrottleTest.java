package vn.giamngheo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final LoginThrottle throttle = new LoginThrottle(3);

    @Test
    void theFirstFailuresCostNothingThenTheWaitDoubles() {
        assertThat(throttle.waitAfter(2)).isZero();
        assertThat(throttle.waitAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.waitAfter(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.waitAfter(5)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void theWaitNeverExceedsFifteenMinutes() {
        assertThat(throttle.waitAfter(40)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theRemainingWaitCountsFromTheLastFailure() {
        Instant last = Instant.parse("2026-11-22T08:00:00Z");
        assertThat(throttle.remaining(5, last, last.plusSeconds(3))).isEqualTo(Duration.ofSeconds(5));
        assertThat(throttle.remaining(5, last, last.plusSeconds(8))).isZero();
        assertThat(throttle.remaining(5, null, last)).isZero();
    }
}
