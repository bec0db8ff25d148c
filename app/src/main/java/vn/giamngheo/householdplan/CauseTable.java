package vn.giamngheo.householdplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Poverty by cause and by deprivation for a unit and its child units, for one list (poor or
 * near-poor) of the current lists: each row a unit with its households and, per cause and per
 * indicator, the households concerned. The unit's own row adds up its children (and households
 * filed directly under it). A household may have several causes, so shares need not add to 100 %.
 */
public record CauseTable(long unitId, String unitName, String householdClass, Line total, List<Line> children) {

    /** One unit: households on the list, counts by cause code and by indicator code. */
    public record Line(
            long unitId,
            String unitName,
            int households,
            Map<String, Integer> causes,
            Map<String, Integer> deprivations) {
        public int cause(String code) {
            return causes.getOrDefault(code, 0);
        }

        public int deprivation(String code) {
            return deprivations.getOrDefault(code, 0);
        }

        /** {@code count} over the unit's households in percent, two decimals; null for no households. */
        public BigDecimal share(int count) {
            return households == 0
                    ? null
                    : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(households), 2, RoundingMode.HALF_UP);
        }
    }
}
