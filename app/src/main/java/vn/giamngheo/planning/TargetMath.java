package vn.giamngheo.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The computed columns of seed 003's target table (docs/domain/review-and-reporting.md §6): rate = poor /
 * total, remaining = poor − reduction, projected rate = remaining / total; rates in percent with
 * two decimals, rounded half up. Pure.
 */
public final class TargetMath {
    private TargetMath() {}

    /** {@code part / total} in percent, two decimals; null when it cannot be computed. */
    public static BigDecimal percent(Integer part, Integer total) {
        if (part == null || total == null || total == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    public static Integer remaining(Integer poorStart, Integer reduction) {
        if (poorStart == null || reduction == null) {
            return null;
        }
        return poorStart - reduction;
    }
}
