package vn.giamngheo.planning.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingDutiesTest {
    final ReportingDuties reports = new ReportingDuties(new TaskReader(AgencyNameCatalogue.standard()));

    List<ReportingDuty> read(String paragraph) {
        return reports.read("IV", "1", paragraph, List.of());
    }

    @Test
    void quarterlySixMonthNineMonthAndAnnualReportsAreFourDuties() {
        assertThat(read("Các phòng, ban báo cáo kết quả hàng quý, 6 tháng, 9 tháng, năm về UBND huyện."))
                .extracting(ReportingDuty::reporter, ReportingDuty::recipient, ReportingDuty::period)
                .containsExactly(
                        tuple(List.of("Các phòng, ban"), List.of("Ủy ban nhân dân huyện"), ReportPeriod.QUARTER),
                        tuple(List.of("Các phòng, ban"), List.of("Ủy ban nhân dân huyện"), ReportPeriod.SIX_MONTHS),
                        tuple(List.of("Các phòng, ban"), List.of("Ủy ban nhân dân huyện"), ReportPeriod.NINE_MONTHS),
                        tuple(List.of("Các phòng, ban"), List.of("Ủy ban nhân dân huyện"), ReportPeriod.YEAR));
    }

    @Test
    void aDeadlineAfterTheReportIsItsSchedule() {
        assertThat(read("UBND các xã, thị trấn báo cáo kết quả rà soát về Phòng LĐ-TB&XH trước ngày 20/6/2024."))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.reporter()).containsExactly("UBND các xã, thị trấn");
                    assertThat(d.recipient()).containsExactly("Phòng Lao động - Thương binh và Xã hội");
                    assertThat(d.schedule())
                            .isEqualTo(
                                    new Schedule(ScheduleKind.BEFORE_DATE, 2024, 6, 20, null, "trước ngày 20/6/2024"));
                });
    }

    @Test
    void aScheduleForSomethingElseInTheSameSentenceIsNotTheReportsDeadline() {
        assertThat(
                        read(
                                "UBND các xã rà soát hộ nghèo trong tháng 9/2020 để báo cáo kết quả về huyện trước ngày 15/10/2020, để huyện tổng hợp trong tháng 10/2020."))
                .extracting(d -> d.schedule().kind(), d -> d.schedule().month())
                .containsExactly(tuple(ScheduleKind.BEFORE_DATE, 10));
    }

    @Test
    void aReportWithoutPeriodOrDeadlineIsNoDuty() {
        assertThat(read("Phòng Tài chính - Kế hoạch tổng hợp, báo cáo kết quả thực hiện theo quy định."))
                .isEmpty();
        assertThat(read("Thực hiện thường xuyên.")).isEmpty();
    }
}
