package vn.giamngheo.planning.extraction;

/**
 * A schedule as the plan writes it, structured: the kind, the calendar fields the kind uses (year
 * and month for {@link ScheduleKind#MONTH}, day and month for {@link
 * ScheduleKind#YEARLY_BEFORE_DAY}, all three for {@link ScheduleKind#BEFORE_DATE}), the event for
 * {@link ScheduleKind#EVENT}, and always the phrase it was read from.
 */
public record Schedule(ScheduleKind kind, Integer year, Integer month, Integer day, String event, String source) {

    static Schedule of(ScheduleKind kind, String source) {
        return new Schedule(kind, null, null, null, null, source);
    }

    /** Same schedule, whatever phrase it came from: "đột xuất" and "khi có yêu cầu" are one. */
    boolean sameAs(Schedule other) {
        return kind == other.kind
                && java.util.Objects.equals(year, other.year)
                && java.util.Objects.equals(month, other.month)
                && java.util.Objects.equals(day, other.day)
                && java.util.Objects.equals(event, other.event);
    }
}
