package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.adminunit.AdminUnit;

class ReviewCalendarTest {

    @Test
    void aVillageMeetingPassesWithExactlyHalfOfTheAttendeesAgreeing() {
        assertThat(ReviewCalendar.meetingPasses(40, 20)).isTrue();
        assertThat(ReviewCalendar.meetingPasses(41, 21)).isTrue();
        assertThat(ReviewCalendar.meetingPasses(41, 20)).isFalse();
        assertThat(ReviewCalendar.meetingPasses(40, 19)).isFalse();
        assertThat(ReviewCalendar.meetingPasses(1, 1)).isTrue();
        assertThat(ReviewCalendar.meetingPasses(1, 0)).isFalse();
    }

    @Test
    void aMeetingWithoutAttendeesOrWithMoreAgreeingThanAttendingIsNotAMeeting() {
        assertThatThrownBy(() -> ReviewCalendar.meetingPasses(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewCalendar.meetingPasses(10, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aThreeWorkingDayPostingFromThursdayEndsOnMonday() {
        assertThat(ReviewCalendar.postingEnd(LocalDate.of(2024, 11, 7), 3)).isEqualTo(LocalDate.of(2024, 11, 11));
    }

    @Test
    void aPostingFromMondayEndsOnWednesdayAndOneStartedOnSaturdayCountsFromMonday() {
        assertThat(ReviewCalendar.postingEnd(LocalDate.of(2024, 11, 4), 3)).isEqualTo(LocalDate.of(2024, 11, 6));
        assertThat(ReviewCalendar.postingEnd(LocalDate.of(2024, 11, 9), 3)).isEqualTo(LocalDate.of(2024, 11, 13));
        assertThat(ReviewCalendar.postingEnd(LocalDate.of(2024, 11, 10), 1)).isEqualTo(LocalDate.of(2024, 11, 11));
    }

    @Test
    void aLongerPostingSpansWeekends() {
        assertThat(ReviewCalendar.postingEnd(LocalDate.of(2024, 11, 8), 7)).isEqualTo(LocalDate.of(2024, 11, 18));
    }

    @Test
    void thePeriodicReviewReportsBeforeFifteenNovemberAndIsRecognisedByFourteenDecember() {
        var due = ReviewCalendar.deadlines(CampaignKind.PERIODIC, 2025, null);
        assertThat(due.get(Step.REPORTING)).isEqualTo(LocalDate.of(2025, 11, 14));
        assertThat(due.get(Step.SURVEY)).isEqualTo(LocalDate.of(2025, 11, 14));
        assertThat(due.get(Step.RECOGNITION)).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(due).doesNotContainKey(Step.RECOGNISED);
    }

    @Test
    void aRegularRoundStartsOnTheFifteenthAndIsDecidedWithinFifteenDays() {
        assertThat(ReviewCalendar.regularDecisionDue(2025, 3)).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(ReviewCalendar.regularDecisionDue(2025, 2)).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(ReviewCalendar.deadlines(CampaignKind.REGULAR, 2025, 3).get(Step.RECOGNITION))
                .isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(ReviewCalendar.deadlines(CampaignKind.BASELINE, 2023, null)).isEmpty();
    }

    static AdminUnit unit(long id, String level, String name, String path) {
        return new AdminUnit(id, null, name, null, level, null, path, null, null, null, 0);
    }

    @Test
    void aCommuneUnderADistrictReportsToTheDistrict() {
        List<AdminUnit> ancestry = List.of(
                unit(1, "PROVINCE", "Thanh Hóa", "/1/"),
                unit(2, "DISTRICT", "Thọ Xuân", "/1/2/"),
                unit(3, "COMMUNE", "Xuân Bái", "/1/2/3/"));
        assertThat(ReportAddressee.of(ancestry).name()).isEqualTo("Thọ Xuân");
    }

    @Test
    void aCommuneDirectlyUnderItsProvinceReportsToTheProvince() {
        List<AdminUnit> ancestry =
                List.of(unit(1, "PROVINCE", "Thanh Hóa", "/1/"), unit(3, "COMMUNE", "Xuân Bái", "/1/3/"));
        assertThat(ReportAddressee.of(ancestry).name()).isEqualTo("Thanh Hóa");
        assertThat(ReportAddressee.of(List.of(unit(1, "PROVINCE", "Thanh Hóa", "/1/"))))
                .isNull();
    }
}
