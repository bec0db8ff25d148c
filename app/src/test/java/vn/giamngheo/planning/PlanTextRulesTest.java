package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small rules about plan numbers, periods and collective assignees. */
class PlanTextRulesTest {
    @Test
    void aNumberIsTheSameWhateverItsSpacingOrPrefix() {
        assertThat(PlanNumbers.key("Kế hoạch số 51-KH/HU")).isEqualTo("51-kh/hu");
        assertThat(PlanNumbers.key("51 - KH/HU")).isEqualTo("51-kh/hu");
        assertThat(PlanNumbers.key("Số: 252/KH-UBND")).isEqualTo("252/kh-ubnd");
        assertThat(PlanNumbers.key("1767/QĐ-UBND")).isEqualTo("1767/qd-ubnd");
        assertThat(PlanNumbers.key("/KH-UBND")).isNull();
        assertThat(PlanNumbers.key("  ")).isNull();
    }

    @Test
    void datesAgreeWhenOneIsTheStartOfTheOther() {
        assertThat(PlanNumbers.compatible("2021-11-23", "2021-11")).isTrue();
        assertThat(PlanNumbers.compatible("2021", "2021-11-23")).isTrue();
        assertThat(PlanNumbers.compatible(null, "2021-11-23")).isTrue();
        assertThat(PlanNumbers.compatible("2021-11-23", "2022-11-23")).isFalse();
    }

    @Test
    void thePeriodIsReadFromTheTitle() {
        assertThat(PlanPeriod.guess(
                        "Triển khai thực hiện Chương trình MTQG giảm nghèo bền vững giai đoạn 2021 - 2025", "2022-05"))
                .isEqualTo(new PlanPeriod(2021, 2025));
        assertThat(PlanPeriod.guess("Thực hiện công tác giảm nghèo bền vững năm 2024", null))
                .isEqualTo(new PlanPeriod(2024, 2024));
        assertThat(PlanPeriod.guess("… giảm nghèo bền vững đến năm 2030", "2022-01-10"))
                .isEqualTo(new PlanPeriod(2022, 2030));
        assertThat(PlanPeriod.guess("Kế hoạch giảm nghèo", "2020-02-19")).isEqualTo(new PlanPeriod(2020, 2020));
        assertThat(PlanPeriod.guess("Kế hoạch giảm nghèo", null).years()).isNull();
        assertThat(new PlanPeriod(null, 2030).years()).containsExactly(2030, 2030);
    }

    @Test
    void collectiveAssigneesStandForTheUnitsTheyName() {
        assertThat(Collectives.of("UBND các xã, thị trấn")).isEqualTo(Collectives.COMMUNES);
        assertThat(Collectives.of("Ủy ban nhân dân các xã, thị trấn")).isEqualTo(Collectives.COMMUNES);
        assertThat(Collectives.of("Các cơ quan, đơn vị thuộc Ủy ban nhân dân huyện"))
                .isEqualTo(Collectives.AGENCIES);
        assertThat(Collectives.of("Các cơ quan, đơn vị")).isEqualTo(Collectives.AGENCIES);
        assertThat(Collectives.of("Các phòng, ban")).isEqualTo(Collectives.OFFICES);
        assertThat(Collectives.of("các thôn")).isEqualTo(Collectives.VILLAGES);
        assertThat(Collectives.of("các đơn vị có liên quan")).isEqualTo(Collectives.UNSPECIFIED);
        assertThat(Collectives.of("Các chi, đảng bộ trực thuộc Huyện ủy")).isEqualTo(Collectives.UNSPECIFIED);
        assertThat(Collectives.isCollective("UBND các xã, thị trấn")).isTrue();
        assertThat(Collectives.isCollective("Phòng Tài chính - Kế hoạch")).isFalse();
    }
}
