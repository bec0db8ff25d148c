package vn.giamngheo.support;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The share of a content the budget pays for a class of household living in a kind of area (near-poor
 * health insurance: 100 % in a poor commune, NĐ 188/2025), for a validity period (inclusive, null:
 * open). {@code sharePercent} null: the value is not in our notes ({@code confidence} NOT_FOUND),
 * shown "chưa xác định" and the general amount applies until an official enters it.
 */
public record AreaShare(
        long id,
        long contentId,
        String householdClass,
        AreaKind areaKind,
        BigDecimal sharePercent,
        LocalDate validFrom,
        LocalDate validTo,
        String legalSource,
        String confidence,
        String note,
        int version) {

    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the value is known (entered from a legal source or by an official). */
    public boolean determined() {
        return sharePercent != null;
    }

    /** The amount this share gives of the full amount (the poor household's, paid in full), rounded to the đồng. */
    public long of(long full) {
        return sharePercent
                .multiply(BigDecimal.valueOf(full))
                .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** The share as Vietnamese pages write it: "100", "70,5". */
    public String percentText() {
        return sharePercent == null
                ? ""
                : sharePercent.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
