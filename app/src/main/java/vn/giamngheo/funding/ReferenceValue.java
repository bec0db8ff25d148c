package vn.giamngheo.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value norms are computed from, valid for a period; {@code value} null: not configured. */
public record ReferenceValue(
        long id,
        String code,
        String name,
        String unit,
        BigDecimal value,
        LocalDate validFrom,
        LocalDate validTo,
        String legalSource,
        String confidence) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
