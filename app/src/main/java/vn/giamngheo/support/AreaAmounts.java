package vn.giamngheo.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The near-poor amounts an entitlement list gives by area (decision 1470): per designated unit path,
 * the amount its determined share gives of the full (poor household's) amount, never below the
 * general near-poor amount (the highest level applies). In the list's statement a household takes
 * the highest amount among the paths above its unit, else the general amount; with no area amount
 * the statement keeps the plain general amount.
 */
record AreaAmounts(String[] paths, Long[] amounts) {
    static final AreaAmounts NONE = new AreaAmounts(new String[0], new Long[0]);

    static AreaAmounts of(List<AreaShareRule.Applied> applied, long full, long general) {
        Map<String, Long> byPath = new LinkedHashMap<>();
        for (AreaShareRule.Applied a : applied) {
            if (a.share().determined()) {
                long amount = Math.max(a.share().of(full), general);
                byPath.merge(a.designation().unitPath(), amount, Math::max);
            }
        }
        return new AreaAmounts(
                byPath.keySet().toArray(String[]::new), byPath.values().toArray(Long[]::new));
    }

    boolean any() {
        return paths.length > 0;
    }

    /** The expression of the near-poor amount in the list's INSERT (the household's unit is {@code u}). */
    String nearPoorAmountSql() {
        return any()
                ? "coalesce((SELECT max(a.amount) FROM unnest(CAST(:areaPaths AS text[]), CAST(:areaAmounts AS bigint[]))"
                        + " AS a(path, amount) WHERE u.path LIKE a.path || '%'), CAST(:anp AS bigint))"
                : "CAST(:anp AS bigint)";
    }
}
