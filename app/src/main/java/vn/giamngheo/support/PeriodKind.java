package vn.giamngheo.support;

import java.time.LocalDate;

/**
 * The period a grant covers: once in a lifetime (a new house), a year, a quarter (electricity is
 * paid per quarter, QĐ 28/2014), a month, or a range of days given by the official. A period is
 * half-open, [from, to); once in a lifetime has no end.
 */
public enum PeriodKind {
    ONCE,
    YEAR,
    QUARTER,
    MONTH,
    RANGE;

    /** The first day of the period that holds {@code day} (the day itself for ONCE and RANGE). */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case YEAR -> day.withDayOfYear(1);
            case QUARTER -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case MONTH -> day.withDayOfMonth(1);
            case ONCE, RANGE -> day;
        };
    }

    /** The day after the period that starts on {@code from}; null for ONCE (no end) and RANGE (given). */
    public LocalDate endAfter(LocalDate from) {
        return switch (this) {
            case YEAR -> from.plusYears(1);
            case QUARTER -> from.plusMonths(3);
            case MONTH -> from.plusMonths(1);
            case ONCE, RANGE -> null;
        };
    }
}
