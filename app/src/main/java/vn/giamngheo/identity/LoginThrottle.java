package vn.giamngheo.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a user must wait before the next login attempt after repeated failures: nothing for the
 * first {@code freeFailures}, then 2, 4, 8 … seconds, at most 15 minutes. Slows password guessing
 * without locking the real official out for good. Pure: the caller gives the clock reading.
 */
record LoginThrottle(int freeFailures) {
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    Duration waitAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures + 1, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /** Zero when an attempt may be made now, else how long is left to wait. */
    Duration remaining(int failures, Instant lastFailure, Instant now) {
        if (lastFailure == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, lastFailure.plus(waitAfter(failures)));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
