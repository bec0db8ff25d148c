package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.giamngheo.planning.extraction.Schedule;
import vn.giamngheo.planning.extraction.ScheduleKind;

class OccurrencesTest {
    static Schedule schedule(ScheduleKind kind, Integer year, Integer month, Integer day) {
        return new Schedule(kind, year, month, day, null, "as written");
    }

    @Test
    void ongoingWorkRunsAllYearAndIsDueOnTheThirtyFirstOfDecember() {
        assertThat(Occurrences.of(schedule(ScheduleKind.ONGOING, null, null, null), 2024))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.start()).isEqualTo(LocalDate.of(2024, 1, 1));
                    assertThat(o.due()).isEqualTo(LocalDate.of(2024, 12, 31));
                });
    }

    @Test
    void workWithinOneMonthIsDueOnItsLastDayAndOnlyInThatYear() {
        Schedule april2022 = schedule(ScheduleKind.MONTH, 2022, 4, null);
        assertThat(Occurrences.of(april2022, 2022)).singleElement().satisfies(o -> {
            assertThat(o.start()).isEqualTo(LocalDate.of(2022, 4, 1));
            assertThat(o.due()).isEqualTo(LocalDate.of(2022, 4, 30));
        });
        assertThat(Occurrences.of(april2022, 2023)).isEmpty();
        assertThat(Occurrences.of(april2022, 2021)).isEmpty();
    }

    @Test
    void decemberOfOneYearEndsOnNewYearsEveAndDoesNotSpillIntoTheNext() {
        Schedule december = schedule(ScheduleKind.MONTH, 2023, 12, null);
        assertThat(Occurrences.of(december, 2023))
                .extracting(Occurrence::due)
                .containsExactly(LocalDate.of(2023, 12, 31));
        assertThat(Occurrences.of(december, 2024)).isEmpty();
    }

    @Test
    void aMonthEveryYearIsDueOnThatMonthsLastDayEveryYearFebruaryIncluded() {
        assertThat(Occurrences.of(schedule(ScheduleKind.YEARLY_MONTH, null, 9, null), 2022))
                .extracting(Occurrence::due)
                .containsExactly(LocalDate.of(2022, 9, 30));
        assertThat(Occurrences.of(schedule(ScheduleKind.YEARLY_MONTH, null, 2, null), 2024))
                .extracting(Occurrence::due)
                .containsExactly(LocalDate.of(2024, 2, 29));
        assertThat(Occurrences.of(schedule(ScheduleKind.YEARLY_MONTH, null, 2, null), 2025))
                .extracting(Occurrence::due)
                .containsExactly(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aDeadlineEveryYearFallsOnThatDayEachYear() {
        Schedule fifthOfNovember = schedule(ScheduleKind.YEARLY_BEFORE_DAY, null, 11, 5);
        for (int year = 2022; year <= 2030; year++) {
            assertThat(Occurrences.of(fifthOfNovember, year))
                    .extracting(Occurrence::due)
                    .containsExactly(LocalDate.of(year, 11, 5));
        }
        assertThat(Occurrences.of(schedule(ScheduleKind.YEARLY_BEFORE_DAY, null, 12, 31), 2024))
                .extracting(Occurrence::due)
                .containsExactly(LocalDate.of(2024, 12, 31));
        assertThat(Occurrences.of(schedule(ScheduleKind.YEARLY_BEFORE_DAY, null, 1, 1), 2025))
                .extracting(Occurrence::due)
                .containsExactly(LocalDate.of(2025, 1, 1));
    }

    @Test
    void aYearlyDeadlineOnTheTwentyNinthOfFebruaryFallsOnTheTwentyEighthInACommonYear() {
        Schedule leap = schedule(ScheduleKind.YEARLY_BEFORE_DAY, null, 2, 29);
        assertThat(Occurrences.of(leap, 2024)).extracting(Occurrence::due).containsExactly(LocalDate.of(2024, 2, 29));
        assertThat(Occurrences.of(leap, 2023)).extracting(Occurrence::due).containsExactly(LocalDate.of(2023, 2, 28));
    }

    @Test
    void aOneOffDeadlineIsThatDateInItsYearOnly() {
        Schedule march20 = schedule(ScheduleKind.BEFORE_DATE, 2024, 3, 20);
        assertThat(Occurrences.of(march20, 2024))
                .extracting(Occurrence::due)
                .containsExactly(LocalDate.of(2024, 3, 20));
        assertThat(Occurrences.of(march20, 2023)).isEmpty();
        assertThat(Occurrences.of(march20, 2025)).isEmpty();
        Schedule newYear = schedule(ScheduleKind.BEFORE_DATE, 2025, 1, 5);
        assertThat(Occurrences.of(newYear, 2024)).isEmpty();
        assertThat(Occurrences.of(newYear, 2025)).extracting(Occurrence::due).containsExactly(LocalDate.of(2025, 1, 5));
    }

    @Test
    void workAfterAnEventOrOnRequestHasNoDateAndIsNeverOverdue() {
        Schedule event = new Schedule(ScheduleKind.EVENT, null, null, null, "có kết quả rà soát hộ nghèo", "sau khi…");
        assertThat(Occurrences.of(event, 2024)).singleElement().satisfies(o -> {
            assertThat(o.dated()).isFalse();
            assertThat(o.event()).isEqualTo("có kết quả rà soát hộ nghèo");
            assertThat(o.overdueOn(LocalDate.of(2099, 1, 1), false)).isFalse();
        });
        assertThat(Occurrences.of(schedule(ScheduleKind.ON_REQUEST, null, null, null), 2024))
                .singleElement()
                .satisfies(o ->
                        assertThat(o.overdueOn(LocalDate.of(2099, 1, 1), false)).isFalse());
    }

    @Test
    void aTaskWithoutScheduleIsListedWithoutDate() {
        assertThat(Occurrences.of(null, 2024)).singleElement().satisfies(o -> {
            assertThat(o.dated()).isFalse();
            assertThat(o.kind()).isNull();
        });
    }

    @Test
    void anOccurrenceIsOverdueTheDayAfterItIsDueUnlessDone() {
        Occurrence o = Occurrences.of(schedule(ScheduleKind.YEARLY_BEFORE_DAY, null, 11, 5), 2024)
                .get(0);
        assertThat(o.overdueOn(LocalDate.of(2024, 11, 5), false)).isFalse();
        assertThat(o.overdueOn(LocalDate.of(2024, 11, 6), false)).isTrue();
        assertThat(o.overdueOn(LocalDate.of(2024, 11, 6), true)).isFalse();
        assertThat(o.dueWithin(LocalDate.of(2024, 10, 25), 14)).isTrue();
        assertThat(o.dueWithin(LocalDate.of(2024, 10, 1), 14)).isFalse();
    }
}
