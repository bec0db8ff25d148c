package vn.giamngheo.review.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewLabelsTest {
    @Test
    void classesTransitionsAndIndicatorsPrintInVietnamese() {
        assertThat(ReviewLabels.householdClass("NEAR_POOR")).isEqualTo("Hộ cận nghèo");
        assertThat(ReviewLabels.householdClass("MIDDLE")).isEqualTo("Hộ có mức sống trung bình");
        assertThat(ReviewLabels.transition("POOR_TO_NEAR_POOR")).isEqualTo("Từ nghèo sang cận nghèo");
        assertThat(ReviewLabels.transition("FELL_BACK_NEAR_POOR")).isEqualTo("Tái cận nghèo");
        assertThat(ReviewLabels.transition("MOVED_OUT")).isEqualTo("Chuyển đi");
        assertThat(ReviewLabels.indicator("HOUSING_AREA")).isEqualTo("Diện tích nhà ở bình quân đầu người");
        assertThat(ReviewLabels.indicators(List.of("WATER", "WASTE")))
                .isEqualTo("Nguồn nước sinh hoạt; Thu gom rác thải");
    }

    @Test
    void anUnknownCodePrintsAsItselfAndNothingPrintsAsNothing() {
        assertThat(ReviewLabels.transition("SPLIT_HOUSEHOLD")).isEqualTo("SPLIT_HOUSEHOLD");
        assertThat(ReviewLabels.householdClass(null)).isEmpty();
        assertThat(ReviewLabels.indicators(null)).isEmpty();
    }

    @Test
    void allFifteenIndicatorsAreKnownInTheSurveyFormsOrder() {
        assertThat(ReviewLabels.indicatorCodes())
                .hasSize(15)
                .startsWith("EMPLOYMENT", "DEPENDANTS", "NUTRITION")
                .endsWith("INFO_ASSETS", "WASTE");
    }

    @Test
    void unitNamesGainTheirKindInHeadingsAndLoseItBeforeADate() {
        assertThat(UnitNames.commune("Thọ Xuân")).isEqualTo("xã Thọ Xuân");
        assertThat(UnitNames.commune("Phường Ba Đình")).isEqualTo("Phường Ba Đình");
        assertThat(UnitNames.upper(UnitNames.commune("thị trấn Sa Pa"))).isEqualTo("THỊ TRẤN SA PA");
        assertThat(UnitNames.communeLabelled("Phường Ba Đình")).isEqualTo("Phường: Ba Đình");
        assertThat(UnitNames.provinceLabelled("Thành phố Huế")).isEqualTo("Thành phố: Huế");
        assertThat(PdfText.placeAndDate("Xã Đăk Ang", LocalDate.of(2026, 1, 9)))
                .isEqualTo("Đăk Ang, ngày 09 tháng 01 năm 2026");
        assertThat(PdfText.placeAndDate("Đăk Ang", LocalDate.of(2025, 11, 20)))
                .isEqualTo("Đăk Ang, ngày 20 tháng 11 năm 2025");
    }
}
