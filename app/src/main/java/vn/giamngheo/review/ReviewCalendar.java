package vn.giamngheo.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Dates of the review calendar (docs/domain/review-and-reporting.md §2–4): the periodic review runs from
 * 1 September to 14 December of its year, with the preliminary report upward before 15 November;
 * a regular round starts on the 15th of its month and the chairman decides within 15 days; public
 * posting lasts a number of working days. Pure: no clock, no database.
 */
public final class ReviewCalendar {
    /** The usual posting period, 3 working days [provisional: the domain notes give it as the usual figure]. */
    public static final int DEFAULT_POSTING_DAYS = 3;

    /** QĐ 24/2021 Art. 5: the decision within 15 days of the start of the monthly round. */
    public static final int REGULAR_DECISION_DAYS = 15;

    private ReviewCalendar() {}

    public static LocalDate periodicStart(int year) {
        return LocalDate.of(year, 9, 1);
    }

    public static LocalDate periodicEnd(int year) {
        return LocalDate.of(year, 12, 14);
    }

    /** The monthly round starts on the 15th. */
    public static LocalDate roundStart(int year, int month) {
        return LocalDate.of(year, month, 15);
    }

    public static LocalDate regularDecisionDue(int year, int month) {
        return roundStart(year, month).plusDays(REGULAR_DECISION_DAYS);
    }

    /**
     * The day by which each step must be done (left). Periodic: every step up to the report before
     * 15 November (the preliminary results go up then), recognition by 14 December. Regular: every
     * step by the decision limit. Baseline: none (it records the past).
     */
    public static Map<Step, LocalDate> deadlines(CampaignKind kind, int year, Integer month) {
        Map<Step, LocalDate> due = new EnumMap<>(Step.class);
        switch (kind) {
            case PERIODIC -> {
                LocalDate report = LocalDate.of(year, 11, 14);
                for (Step s : kind.steps()) {
                    if (s == Step.RECOGNITION) {
                        due.put(s, periodicEnd(year));
                    } else if (s != Step.RECOGNISED) {
                        due.put(s, report);
                    }
                }
            }
            case REGULAR -> {
                LocalDate decision = regularDecisionDue(year, month);
                for (Step s : kind.steps()) {
                    if (s != Step.RECOGNISED) {
                        due.put(s, decision);
                    }
                }
            }
            case BASELINE -> {}
        }
        return due;
    }

    /**
     * The last day of a posting that starts on {@code start} and lasts {@code workingDays} working
     * days, the start counted when it is a working day. Working days are Monday to Friday; public
     * holidays are not known to the system (no holiday calendar), so a posting over Tết must be
     * given more days by hand.
     */
    public static LocalDate postingEnd(LocalDate start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a posting lasts at least one working day");
        }
        LocalDate day = start;
        int counted = 0;
        while (true) {
            if (isWorkingDay(day)) {
                counted++;
                if (counted == workingDays) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * Whether a village meeting passes: at least 50 % of the attendees agree (QĐ 24/2021 Art. 4 as
     * docs/domain/review-and-reporting.md §2 states it; exactly half passes). Otherwise back to the survey.
     */
    public static boolean meetingPasses(int attendees, int agreeing) {
        if (attendees <= 0) {
            throw new IllegalArgumentException("a meeting has at least one attendee");
        }
        if (agreeing < 0 || agreeing > attendees) {
            throw new IllegalArgumentException("agreeing must be between 0 and the " + attendees + " attendees");
        }
        return 2L * agreeing >= attendees;
    }
}
