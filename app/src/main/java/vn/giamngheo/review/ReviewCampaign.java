package vn.giamngheo.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A review campaign of one commune. {@code year} is the calendar year it is held in (PERIODIC,
 * REGULAR) or the year of the review whose lists a BASELINE imports; {@code listYear} the year of
 * the lists it produces. {@code standardProvisional}: the default standard was chosen where no
 * source settles which one applies. {@code postingDaysProvisional}: the usual 3 working days,
 * not confirmed for this campaign.
 */
public record ReviewCampaign(
        long id,
        long unitId,
        String communeName,
        CampaignKind kind,
        int year,
        Integer month,
        int listYear,
        String standardId,
        int standardVersion,
        boolean standardProvisional,
        Step step,
        LocalDate postingStart,
        int postingDays,
        boolean postingDaysProvisional,
        Long reportUnitId,
        String reportUnitName,
        LocalDate reportedOn,
        String decisionNumber,
        LocalDate decisionDate,
        String decisionSigner,
        boolean recognised,
        int version,
        Instant createdAt,
        String createdBy) {

    /** The last day of the posting, counted in working days; null before it starts. */
    public LocalDate postingEnd() {
        return postingStart == null ? null : ReviewCalendar.postingEnd(postingStart, postingDays);
    }

    /** The limit for the chairman's decision: 15 days from the round's start (regular), 14 December (periodic). */
    public LocalDate decisionDue() {
        return switch (kind) {
            case REGULAR -> ReviewCalendar.regularDecisionDue(year, month);
            case PERIODIC -> ReviewCalendar.periodicEnd(year);
            case BASELINE -> null;
        };
    }
}
