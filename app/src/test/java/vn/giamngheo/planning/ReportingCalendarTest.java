package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.giamngheo.planning.extraction.ReportPeriod;
import vn.giamngheo.planning.extraction.Schedule;
import vn.giamngheo.planning.extraction.ScheduleKind;

class ReportingCalendarTest {
    @Test
    void seed004sSixMonthReportIsDueOnTwentiethOfJuneIn2024Only() {
        Schedule june20 = new Schedule(ScheduleKind.BEFORE_DATE, 2024, 6, 20, null, "trước 20/6/2024");
        assertThat(ReportingCalendar.of(ReportPeriod.SIX_MONTHS, june20, 2024))
                .extracting(ReportingCalendar.Due::key, ReportingCalendar.Due::due, ReportingCalendar.Due::assumed)
                .containsExactly(tuple("SIX_MONTHS", LocalDate.of(2024, 6, 20), false));
        assertThat(ReportingCalendar.of(ReportPeriod.SIX_MONTHS, june20, 2025)).isEmpty();
    }

    @Test
    void aListDueOnceWithoutPeriodIsOneReport() {
        Schedule march20 = new Schedule(ScheduleKind.BEFORE_DATE, 2024, 3, 20, null, "trước ngày 20/3/2024");
        assertThat(ReportingCalendar.of(null, march20, 2024))
                .extracting(ReportingCalendar.Due::key)
                .containsExactly("ONCE");
    }

    @Test
    void seed000sFifthOfNovemberReportIsOwedEveryYear() {
        Schedule nov5 =
                new Schedule(ScheduleKind.YEARLY_BEFORE_DAY, null, 11, 5, null, "trước ngày 05 tháng 11 hàng năm");
        assertThat(ReportingCalendar.of(null, nov5, 2027))
                .extracting(ReportingCalendar.Due::due)
                .containsExactly(LocalDate.of(2027, 11, 5));
    }

    @Test
    void quarterlySixNineMonthAndAnnualReportsWithoutDatesAreDueAtTheEndOfTheirPeriodMarkedAssumed() {
        assertThat(ReportingCalendar.of(ReportPeriod.QUARTER, null, 2022))
                .extracting(ReportingCalendar.Due::key, ReportingCalendar.Due::due)
                .containsExactly(
                        tuple("Q1", LocalDate.of(2022, 3, 31)),
                        tuple("Q2", LocalDate.of(2022, 6, 30)),
                        tuple("Q3", LocalDate.of(2022, 9, 30)),
                        tuple("Q4", LocalDate.of(2022, 12, 31)));
        assertThat(ReportingCalendar.of(ReportPeriod.NINE_MONTHS, null, 2022))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.due()).isEqualTo(LocalDate.of(2022, 9, 30));
                    assertThat(d.assumed()).isTrue();
                });
        assertThat(ReportingCalendar.of(ReportPeriod.YEAR, null, 2022))
                .extracting(ReportingCalendar.Due::due)
                .containsExactly(LocalDate.of(2022, 12, 31));
    }

    @Test
    void aReportOnlyWhenAskedOwesNothingDated() {
        Schedule onRequest = new Schedule(ScheduleKind.ON_REQUEST, null, null, null, null, "khi có yêu cầu");
        assertThat(ReportingCalendar.of(null, onRequest, 2024)).isEmpty();
        assertThat(ReportingCalendar.of(ReportPeriod.YEAR, onRequest, 2024)).isEmpty();
    }
}
