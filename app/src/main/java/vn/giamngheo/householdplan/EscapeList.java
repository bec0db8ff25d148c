package vn.giamngheo.householdplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A commune's "able to escape this year" list (seed 004 §III.2.15): the households whose plan for the
 * year targets escaping that year, split by labour capacity, with its latest submission and the hit
 * rate against the recognised escapes of the year.
 */
public record EscapeList(
        long communeId,
        String communeName,
        int year,
        List<EscapeRow> rows,
        int withLabour,
        int withoutLabour,
        int labourUnknown,
        Submission lastSubmission,
        HitRate hitRate) {

    /** A submission: when, by whom, how many, and the reporting obligation it answered (if any). */
    public record Submission(long id, LocalDate submittedOn, String by, int households, Long obligationId) {}
}
