package vn.giamngheo.planning;

import java.time.LocalDate;
import vn.giamngheo.planning.extraction.ScheduleKind;

/**
 * One dated (or event-bound) instance of a task in a year: when the work runs ({@code start}) and
 * when it is due. {@code due} is null for work that waits on an event or a request ("sau khi có kết
 * quả rà soát", "khi có yêu cầu") and for a task the plan gives no schedule: such an occurrence is
 * listed "when it happens" and is never overdue. {@code kind} is null when there is no schedule.
 */
public record Occurrence(int year, LocalDate start, LocalDate due, ScheduleKind kind, String event) {

    public boolean dated() {
        return due != null;
    }

    /** Overdue on {@code today}: due before today and not done. The due day itself is still in time. */
    public boolean overdueOn(LocalDate today, boolean done) {
        return dated() && !done && due.isBefore(today);
    }

    /** Due within {@code days} from today (and not yet overdue). */
    public boolean dueWithin(LocalDate today, int days) {
        return dated() && !due.isBefore(today) && !due.isAfter(today.plusDays(days));
    }
}
