package vn.giamngheo.planning;

import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.planning.extraction.ReportPeriod;
import vn.giamngheo.planning.extraction.Schedule;
import vn.giamngheo.planning.extraction.ScheduleKind;

/**
 * The reports a duty asks for in a year and when each is due. A dated deadline is used as written
 * ("trước 20/6/2024" once, in 2024; "trước ngày 05 tháng 11 hàng năm" every year). A period without
 * a deadline ("hàng quý, 6 tháng, 9 tháng và cả năm", seeds 001 and 003) is due at the end of the
 * period — the plans give no day, so that date is marked assumed. A report only "khi có yêu cầu"
 * or after an event is owed when asked, so it has no dated obligation.
 */
public final class ReportingCalendar {
    private ReportingCalendar() {}

    /** One report owed: a key that is unique within the duty and year ("Q2", "SIX_MONTHS", "ONCE"). */
    public record Due(String key, ReportPeriod period, LocalDate due, boolean assumed) {}

    public static List<Due> of(ReportPeriod period, Schedule schedule, int year) {
        ScheduleKind kind = schedule == null ? null : schedule.kind();
        boolean dated = kind == ScheduleKind.MONTH
                || kind == ScheduleKind.YEARLY_MONTH
                || kind == ScheduleKind.YEARLY_BEFORE_DAY
                || kind == ScheduleKind.BEFORE_DATE;
        if (dated) {
            String key = period == null ? "ONCE" : period.name();
            return Occurrences.of(schedule, year).stream()
                    .filter(Occurrence::dated)
                    .map(o -> new Due(key, period, o.due(), false))
                    .toList();
        }
        if (period == null || kind == ScheduleKind.EVENT || kind == ScheduleKind.ON_REQUEST) {
            return List.of();
        }
        return switch (period) {
            case QUARTER ->
                List.of(
                        new Due("Q1", period, LocalDate.of(year, 3, 31), true),
                        new Due("Q2", period, LocalDate.of(year, 6, 30), true),
                        new Due("Q3", period, LocalDate.of(year, 9, 30), true),
                        new Due("Q4", period, LocalDate.of(year, 12, 31), true));
            case SIX_MONTHS -> List.of(new Due(period.name(), period, LocalDate.of(year, 6, 30), true));
            case NINE_MONTHS -> List.of(new Due(period.name(), period, LocalDate.of(year, 9, 30), true));
            case YEAR -> List.of(new Due(period.name(), period, LocalDate.of(year, 12, 31), true));
        };
    }
}
