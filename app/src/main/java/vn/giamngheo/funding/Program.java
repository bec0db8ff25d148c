package vn.giamngheo.funding;

import java.time.LocalDate;
import java.util.List;

/**
 * A program (chương trình) with its validity; {@code runoffTo}: the last day its tasks may still be
 * disbursed and settled after it ended. {@code confidence}: FIRM, LIKELY, SEED, DEMO or USER.
 */
public record Program(
        long id,
        String code,
        String name,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate runoffTo,
        String legalSource,
        String confidence,
        String note,
        List<FundingSource> sources,
        int version) {

    /** The last day an entry may be dated: the run-off day, else the end of validity (null: open). */
    public LocalDate lastDay() {
        return runoffTo != null ? runoffTo : validTo;
    }

    public boolean openOn(LocalDate day) {
        return !day.isBefore(validFrom) && (lastDay() == null || !day.isAfter(lastDay()));
    }
}
