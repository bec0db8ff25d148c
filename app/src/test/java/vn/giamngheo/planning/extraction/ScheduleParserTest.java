package vn.giamngheo.planning.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleParserTest {

    static Schedule read(String text) {
        return ScheduleParser.choose(ScheduleParser.mentions(text, false)).orElse(null);
    }

    static Schedule readStrictly(String text) {
        return ScheduleParser.choose(ScheduleParser.mentions(text, true)).orElse(null);
    }

    @Test
    void regularlyAndEveryYearOnTheirOwnAreOngoing() {
        assertThat(read("triển khai thực hiện thường xuyên."))
                .isEqualTo(Schedule.of(ScheduleKind.ONGOING, "thường xuyên"));
        assertThat(read("thực hiện hằng năm").kind()).isEqualTo(ScheduleKind.ONGOING);
        assertThat(read("thực hiện hàng năm").source()).isEqualTo("hàng năm");
    }

    @Test
    void withinAMonthOfAYearIsOneMonth() {
        assertThat(read("triển khai thực hiện trong tháng 4/2022."))
                .isEqualTo(new Schedule(ScheduleKind.MONTH, 2022, 4, null, null, "trong tháng 4/2022"));
        assertThat(read("vào tháng 10 năm 2020").month()).isEqualTo(10);
    }

    @Test
    void aMonthEveryYearIsAYearlyMonth() {
        assertThat(read("thực hiện trong tháng 9 hàng năm"))
                .isEqualTo(new Schedule(ScheduleKind.YEARLY_MONTH, null, 9, null, null, "trong tháng 9 hàng năm"));
        assertThat(read("tham mưu trong tháng 1 hàng năm").month()).isEqualTo(1);
        assertThat(read("vào tháng 6 hàng năm").month()).isEqualTo(6);
        assertThat(read("tháng 9 hằng năm").kind()).isEqualTo(ScheduleKind.YEARLY_MONTH);
    }

    @Test
    void beforeADayEveryYearIsAYearlyDeadline() {
        assertThat(read("Định kỳ (trước ngày 05 tháng 11 hàng năm)"))
                .isEqualTo(new Schedule(
                        ScheduleKind.YEARLY_BEFORE_DAY, null, 11, 5, null, "trước ngày 05 tháng 11 hàng năm"));
        assertThat(read("trước ngày 20/11 hằng năm").day()).isEqualTo(20);
    }

    @Test
    void beforeADateIsAOneOffDeadlineWithOrWithoutTheWordDay() {
        assertThat(read("báo cáo trước ngày 20/3/2024."))
                .isEqualTo(new Schedule(ScheduleKind.BEFORE_DATE, 2024, 3, 20, null, "trước ngày 20/3/2024"));
        assertThat(read("báo cáo năm (trước 30/10/2024)"))
                .isEqualTo(new Schedule(ScheduleKind.BEFORE_DATE, 2024, 10, 30, null, "trước 30/10/2024"));
        assertThat(read("trước ngày 15 tháng 10 năm 2020").month()).isEqualTo(10);
        assertThat(read("trước ngày 31/2/2024")).isNull();
    }

    @Test
    void afterSomethingHappensIsAnEventAndOutranksEveryYear() {
        Schedule s = read(
                "chỉ đạo triển khai thực hiện hằng năm sau khi có kết quả rà soát hộ nghèo, hộ cận nghèo của năm đó.");
        assertThat(s.kind()).isEqualTo(ScheduleKind.EVENT);
        assertThat(s.event()).isEqualTo("có kết quả rà soát hộ nghèo, hộ cận nghèo của năm đó");
        assertThat(s.source()).isEqualTo("sau khi có kết quả rà soát hộ nghèo, hộ cận nghèo của năm đó");
    }

    @Test
    void onRequestAndAdHocAreOnRequest() {
        assertThat(read("báo cáo khi có yêu cầu").kind()).isEqualTo(ScheduleKind.ON_REQUEST);
        assertThat(read("báo cáo đột xuất").kind()).isEqualTo(ScheduleKind.ON_REQUEST);
    }

    @Test
    void aDateSomethingWasSignedIsNotASchedule() {
        assertThat(read("Chỉ thị số 05-CT/TW ngày 23 tháng 6 năm 2021 của Ban Bí thư"))
                .isNull();
        assertThat(read("Kế hoạch số 51-KH/HU ngày 23/11/2021")).isNull();
    }

    @Test
    void readStrictlyTheWordsInOtherSensesAreNotSchedules() {
        assertThat(readStrictly("Kế hoạch phát triển kinh tế - xã hội hằng năm và giai đoạn 2021-2025"))
                .isNull();
        assertThat(readStrictly("các vùng thường xuyên chịu tác động của thiên tai"))
                .isNull();
        assertThat(readStrictly("lao động dân tộc thiểu số sau khi tốt nghiệp đại học"))
                .isNull();
        assertThat(readStrictly("phương án hỗ trợ, cứu trợ đột xuất nếu xảy ra thiên tai"))
                .isNull();
        assertThat(readStrictly("Thường xuyên rà soát, tham mưu").kind()).isEqualTo(ScheduleKind.ONGOING);
        assertThat(readStrictly("phối hợp với các cơ quan thường xuyên kiểm tra")
                        .kind())
                .isEqualTo(ScheduleKind.ONGOING);
        assertThat(readStrictly("đối tượng; hằng năm, gắn kiểm điểm").kind()).isEqualTo(ScheduleKind.ONGOING);
    }

    @Test
    void everyPhraseOfASentenceIsFoundInOrder() {
        List<ScheduleParser.Mention> found = ScheduleParser.mentions(
                "Định kỳ (trước ngày 05 tháng 11 hàng năm) và đột xuất (khi có yêu cầu) báo cáo", false);
        assertThat(found)
                .extracting(m -> m.schedule().kind())
                .containsExactly(ScheduleKind.YEARLY_BEFORE_DAY, ScheduleKind.ON_REQUEST, ScheduleKind.ON_REQUEST);
    }
}
