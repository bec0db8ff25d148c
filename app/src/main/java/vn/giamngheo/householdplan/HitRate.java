package vn.giamngheo.householdplan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a commune's expectation held at year end: of the households it expected to escape (its
 * latest submitted list, else its current list), how many the recognised lists show escaped in the
 * year, and how many escaped without being expected. A poor household counts as escaped poverty when
 * it left the poor list upward (escaped, or moved to near-poor: seed 003's "thoát nghèo"); a near-poor
 * household when it escaped near-poverty.
 */
public record HitRate(long unitId, String unitName, int expected, int hits, int escaped, boolean fromSubmission) {

    /** Hits over expected in percent with two decimals; null when nothing was expected. */
    public BigDecimal percent() {
        if (expected == 0) {
            return null;
        }
        return BigDecimal.valueOf(hits * 100L).divide(BigDecimal.valueOf(expected), 2, RoundingMode.HALF_UP);
    }

    /** Escaped households the commune had not expected. */
    public int unexpected() {
        return escaped - hits;
    }
}
