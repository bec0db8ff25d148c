package vn.giamngheo.funding;

import java.time.LocalDate;

/**
 * A norm: how much of a content a kind of beneficiary gets, per {@code basis} (HOUSEHOLD, PERSON,
 * COURSE, MONTH, ONCE, LOAN), at a {@code level} (CENTRAL_CEILING, PROVINCE for a People's Council
 * level, PROJECT for one project's approved amount, which may not exceed the ceiling). It is either a
 * fixed {@code amount}, a {@code formula} over reference values, or neither (not configured).
 * {@code measure}: AMOUNT in đồng, RATE in percent a year, MONTHS, SHARE in percent.
 */
public record Norm(
        long id,
        long contentId,
        String beneficiary,
        String basis,
        String level,
        Long unitId,
        String measure,
        Long amount,
        String formula,
        LocalDate validFrom,
        LocalDate validTo,
        String legalSource,
        String confidence,
        String note,
        Long supersedesId,
        boolean superseded) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean configured() {
        return amount != null || formula != null;
    }

    /** Two norms' validity periods share at least one day. */
    public boolean overlaps(Norm other) {
        return (validTo == null || !other.validFrom.isAfter(validTo))
                && (other.validTo == null || !validFrom.isAfter(other.validTo));
    }
}
