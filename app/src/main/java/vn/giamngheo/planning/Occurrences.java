package vn.giamngheo.planning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.giamngheo.planning.extraction.Schedule;
import vn.giamngheo.planning.extraction.ScheduleKind;

/**
 * A task's occurrences in a year, from its schedule as the plans write it (docs/domain/programs-and-plans.md
 * §3): "thường xuyên" runs all year and is due 31/12; "trong tháng 4/2022" is due on the last day
 * of that month, in that year only; "tháng 9 hàng năm" on the last day of September every year;
 * "trước ngày 05 tháng 11 hàng năm" on 5/11 every year; "trước ngày 20/3/2024" on that date; an
 * event or a request has no fixed date. A 29 February deadline falls on the 28th in other years.
 */
public final class Occurrences {
    private Occurrences() {}

    public static List<Occurrence> of(Schedule schedule, int year) {
        if (schedule == null || schedule.kind() == null) {
            return List.of(new Occurrence(year, null, null, null, null));
        }
        ScheduleKind kind = schedule.kind();
        return switch (kind) {
            case ONGOING ->
                List.of(new Occurrence(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), kind, null));
            case MONTH ->
                schedule.year() != null && schedule.year() == year && schedule.month() != null
                        ? List.of(month(year, schedule.month(), kind))
                        : List.of();
            case YEARLY_MONTH -> schedule.month() == null ? List.of() : List.of(month(year, schedule.month(), kind));
            case YEARLY_BEFORE_DAY ->
                schedule.month() == null || schedule.day() == null
                        ? List.of()
                        : List.of(new Occurrence(
                                year,
                                LocalDate.of(year, 1, 1),
                                day(year, schedule.month(), schedule.day()),
                                kind,
                                null));
            case BEFORE_DATE ->
                schedule.year() != null && schedule.year() == year && schedule.month() != null && schedule.day() != null
                        ? List.of(new Occurrence(
                                year,
                                LocalDate.of(year, 1, 1),
                                day(year, schedule.month(), schedule.day()),
                                kind,
                                null))
                        : List.of();
            case EVENT, ON_REQUEST -> List.of(new Occurrence(year, null, null, kind, schedule.event()));
        };
    }

    private static Occurrence month(int year, int month, ScheduleKind kind) {
        YearMonth ym = YearMonth.of(year, month);
        return new Occurrence(year, ym.atDay(1), ym.atEndOfMonth(), kind, null);
    }

    /** The day in the year, clamped to the month's length (29/2 in a common year is 28/2). */
    static LocalDate day(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }
}
