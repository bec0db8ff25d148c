package vn.giamngheo.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What a project participant owes back under the province's rotation rule (decision 1440): the
 * project's recovery share of what the household received, in whole đồng, due a number of days after
 * its round was accepted. Unknown inputs give unknown answers (null), never a guess.
 */
final class ReturnRule {
    private ReturnRule() {}

    /** The amount due, or null when the project has no recovery share. */
    static Long due(long received, BigDecimal recoveryPercent) {
        if (recoveryPercent == null) {
            return null;
        }
        return BigDecimal.valueOf(received)
                .multiply(recoveryPercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** The due day: the round's acceptance plus the rule's days; null while either is unknown. */
    static LocalDate dueOn(LocalDate acceptedOn, Integer dueDays) {
        return acceptedOn == null || dueDays == null ? null : acceptedOn.plusDays(dueDays);
    }

    /** Past the due day with something still owed. */
    static boolean overdue(LocalDate today, LocalDate dueOn, Long due, long returned) {
        return dueOn != null && due != null && today.isAfter(dueOn) && returned < due;
    }

    /** What may still be returned (never negative); null when nothing is due by a known rule. */
    static Long outstanding(Long due, long returned) {
        return due == null ? null : Math.max(0, due - returned);
    }
}
