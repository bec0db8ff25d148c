package vn.giamngheo.planning;

import java.time.Instant;
import java.util.List;

/**
 * A stored plan document: its number and date as written, issuing body, the unit it was issued for,
 * title, years, and the lists the document carries. {@code warnings} are what the reader could not
 * place and the official accepted as is.
 */
public record Plan(
        long id,
        long unitId,
        String unitName,
        String unitPath,
        String number,
        String symbol,
        String date,
        String place,
        String issuer,
        String title,
        Integer periodFrom,
        Integer periodTo,
        List<String> purposes,
        List<String> targets,
        List<String> funding,
        List<String> distribution,
        List<String> warnings,
        Instant voidedAt,
        String voidReason,
        int version,
        Instant createdAt,
        String createdBy,
        Instant changedAt,
        String changedBy) {

    public PlanPeriod period() {
        return new PlanPeriod(periodFrom, periodTo);
    }

    /**
     * "252/KH-UBND", or the form of the number ("…/KH-UBND") when the number itself is blank, or the
     * start of the title when the plan prints neither.
     */
    public String label() {
        if (number != null && !number.isBlank()) {
            return number;
        }
        if (symbol != null && !symbol.isBlank()) {
            return "…/" + symbol;
        }
        return title.length() <= 60 ? title : title.substring(0, 59) + "…";
    }
}
