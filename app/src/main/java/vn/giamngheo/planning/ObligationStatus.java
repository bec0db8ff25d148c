package vn.giamngheo.planning;

import java.time.LocalDate;

/**
 * Where a report owed stands on a day. The due day itself is in time ("trước 20/6" is read as "by
 * 20/6", as the offices collecting the reports count it); the first submission decides.
 */
public enum ObligationStatus {
    /** Submitted on or before the due date. */
    ON_TIME,
    /** Submitted after the due date. */
    LATE,
    /** The due date has passed and nothing was submitted. */
    MISSING,
    /** Nothing submitted yet, and the due date has not passed. */
    PENDING;

    /** The status on {@code today} of a report due {@code due}, first submitted on {@code submitted} (or never). */
    public static ObligationStatus of(LocalDate due, LocalDate submitted, LocalDate today) {
        if (submitted != null) {
            return submitted.isAfter(due) ? LATE : ON_TIME;
        }
        return today.isAfter(due) ? MISSING : PENDING;
    }
}
