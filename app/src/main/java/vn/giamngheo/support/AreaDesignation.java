package vn.giamngheo.support;

import java.time.LocalDate;

/**
 * A unit designated an area of a kind by a decision, for a validity period ({@code validTo}
 * inclusive, null: open). It covers the unit and every unit under it. {@code unitPath} is the
 * materialized path of the designated unit.
 */
public record AreaDesignation(
        long id,
        long unitId,
        String unitName,
        String unitPath,
        AreaKind kind,
        String decision,
        LocalDate decisionDate,
        LocalDate validFrom,
        LocalDate validTo,
        String note,
        boolean voided,
        String voidReason,
        int version) {

    /** Whether the designation is live and in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !voided && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether it covers a unit whose path is {@code path} (the unit itself or one under it). */
    public boolean covers(String path) {
        return path != null && path.startsWith(unitPath);
    }
}
