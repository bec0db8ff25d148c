package vn.giamngheo.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.standard.Households.aHousehold;
import static vn.giamngheo.standard.Households.nd07;
import static vn.giamngheo.standard.Indicator.EMPLOYMENT;
import static vn.giamngheo.standard.Indicator.HEALTH_INSURANCE;
import static vn.giamngheo.standard.Indicator.HOUSING_AREA;
import static vn.giamngheo.standard.Indicator.WATER;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NĐ 07/2021 Art. 3: one line per area, 12 indicators, d ≥ 3, middle band [likely]. */
class Nd07ClassificationTest {

    @Test
    void the_format_example_household_is_poor_with_its_reasons() {
        Classification c = aHousehold()
                .ref("H-001")
                .rural()
                .income(1_420_000)
                .ticked(HEALTH_INSURANCE, HOUSING_AREA, WATER)
                .classifiedBy(nd07());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.POOR);
        assertThat(c.standardId()).isEqualTo("ND07_2021");
        assertThat(c.standardVersion()).isEqualTo(1);
        assertThat(c.deprivations().codes()).containsExactly("HEALTH_INSURANCE", "HOUSING_AREA", "WATER");
        assertThat(c.deprivedCount()).isEqualTo(3);
        assertThat(c.reasonTexts())
                .containsExactly("income 1,420,000 ≤ rural line 1,500,000", "3 indicators deprived ≥ 3");
        assertThat(c.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} income {1} with 3 deprivations is {2}")
    @CsvSource({
        "RURAL, 1500000, POOR",
        "RURAL, 1500001, MIDDLE",
        "URBAN, 2000000, POOR",
        "URBAN, 2000001, MIDDLE",
    })
    void income_equal_to_the_line_is_under_it_and_one_dong_more_is_above(
            Area area, long income, HouseholdClass expected) {
        HouseholdInput h = new HouseholdInput(
                "H",
                area,
                income,
                null,
                IndicatorSet.of(HEALTH_INSURANCE, HOUSING_AREA, WATER),
                null,
                null,
                null,
                null,
                null);

        assertThat(PovertyClassifier.classify(h, nd07()).householdClass()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} income {1} with 2 deprivations is {2}")
    @CsvSource({
        "RURAL, 1500000, NEAR_POOR",
        "URBAN, 2000000, NEAR_POOR",
        "RURAL, 0, NEAR_POOR",
    })
    void under_the_line_fewer_than_three_deprivations_is_near_poor(Area area, long income, HouseholdClass expected) {
        HouseholdInput h = new HouseholdInput(
                "H", area, income, null, IndicatorSet.of(HEALTH_INSURANCE, WATER), null, null, null, null, null);

        Classification c = PovertyClassifier.classify(h, nd07());

        assertThat(c.householdClass()).isEqualTo(expected);
        assertThat(c.reasonTexts()).last().isEqualTo("2 indicators deprived < 3");
    }

    @Test
    void above_the_line_a_household_is_never_poor_whatever_its_deprivations() {
        Classification c = aHousehold()
                .rural()
                .income(1_500_001)
                .ticked(nd07().indicatorSet().asSet().toArray(Indicator[]::new))
                .classifiedBy(nd07());

        assertThat(c.deprivedCount()).isEqualTo(12);
        assertThat(c.householdClass()).isEqualTo(HouseholdClass.MIDDLE);
    }

    @ParameterizedTest(name = "{0} income {1} is {2}")
    @CsvSource({
        "RURAL, 2250000, MIDDLE",
        "RURAL, 2250001, NOT_POOR",
        "URBAN, 3000000, MIDDLE",
        "URBAN, 3000001, NOT_POOR",
    })
    void the_middle_band_ends_at_its_upper_bound_inclusive(Area area, long income, HouseholdClass expected) {
        HouseholdInput h =
                new HouseholdInput("H", area, income, null, IndicatorSet.EMPTY, null, null, null, null, null);

        assertThat(PovertyClassifier.classify(h, nd07()).householdClass()).isEqualTo(expected);
    }

    @Test
    void the_middle_band_reason_shows_that_its_bound_is_only_likely() {
        Classification c = aHousehold().rural().income(2_000_000).ticked().classifiedBy(nd07());

        assertThat(c.reasonTexts())
                .containsExactly(
                        "income 2,000,000 > rural line 1,500,000",
                        "income 2,000,000 ≤ rural middle-living band upper bound 2,250,000 [likely]");
    }

    @ParameterizedTest(name = "{0} score A {1} is {2}")
    @CsvSource({
        "RURAL, 140, POOR",
        "RURAL, 140.5, NOT_POOR",
        "RURAL, 141, NOT_POOR",
        "URBAN, 175, POOR",
        "URBAN, 176, NOT_POOR",
    })
    void score_a_at_or_under_the_threshold_stands_for_income_under_the_line(
            Area area, double score, HouseholdClass expected) {
        HouseholdInput h = new HouseholdInput(
                "H",
                area,
                null,
                score,
                IndicatorSet.of(EMPLOYMENT, HEALTH_INSURANCE, WATER),
                null,
                null,
                null,
                null,
                null);

        assertThat(PovertyClassifier.classify(h, nd07()).householdClass()).isEqualTo(expected);
    }

    @Test
    void score_a_reason_names_the_threshold_and_the_line_it_stands_for() {
        Classification c = aHousehold().urban().scoreA(175).ticked(WATER).classifiedBy(nd07());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.NEAR_POOR);
        assertThat(c.reasonTexts())
                .containsExactly(
                        "score A 175 ≤ urban threshold 175, standing for income ≤ urban line 2,000,000",
                        "1 indicator deprived < 3");
    }

    @Test
    void score_a_above_the_threshold_cannot_place_a_household_in_the_middle_band() {
        Classification c = aHousehold().rural().scoreA(141).ticked().classifiedBy(nd07());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.NOT_POOR);
        assertThat(c.reasonTexts()).last().asString().contains("score A cannot tell MIDDLE from NOT_POOR");
    }

    @Test
    void measured_income_decides_over_score_a_and_a_disagreement_is_a_warning() {
        Classification c = aHousehold()
                .rural()
                .income(1_400_000)
                .scoreA(150)
                .ticked(EMPLOYMENT, HEALTH_INSURANCE, WATER)
                .classifiedBy(nd07());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.POOR);
        assertThat(c.warningTexts())
                .singleElement()
                .asString()
                .contains("score A 150 > rural threshold 140")
                .contains("income 1,400,000 ≤ rural line 1,500,000")
                .contains("measured income decides");
    }

    @Test
    void neither_income_nor_score_is_undetermined_and_says_what_is_missing() {
        Classification c =
                aHousehold().rural().ticked(EMPLOYMENT, HEALTH_INSURANCE, WATER).classifiedBy(nd07());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.UNDETERMINED);
        assertThat(c.reasonTexts()).containsExactly("no incomePerCapita and no scoreA: cannot compare with the line");
        assertThat(c.deprivedCount()).isEqualTo(3);
    }
}
