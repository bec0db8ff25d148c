package vn.giamngheo.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The ratios of the outcomes, pure: a share in percent with two decimals (as the reports show rates,
 * docs/domain/support.md) and an amount per household in whole đồng. A ratio over no household is
 * null, never NaN or infinity: the pages word it "không có hộ".
 */
public final class OutcomeShares {
    private OutcomeShares() {}

    /** {@code part} of {@code whole} in percent, rounded half up to two decimals; null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** {@code amount} per household, in whole đồng rounded half up; null when there is no household. */
    public static Long perHousehold(long amount, long households) {
        if (households <= 0) {
            return null;
        }
        return BigDecimal.valueOf(amount)
                .divide(BigDecimal.valueOf(households), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
