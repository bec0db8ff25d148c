package vn.giamngheo.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giamngheo.standard.Households.aHousehold;
import static vn.giamngheo.standard.Households.aSoundDwelling;
import static vn.giamngheo.standard.Households.anAdult;
import static vn.giamngheo.standard.Households.nd351;
import static vn.giamngheo.standard.Indicator.HEALTH_INSURANCE;
import static vn.giamngheo.standard.Indicator.INFO_ACCESS;
import static vn.giamngheo.standard.Indicator.WASTE;
import static vn.giamngheo.standard.Indicator.WATER;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.shared.InvalidInput;

/** NĐ 351/2025 (lists 2027–2030): one line, 12 indicators with WASTE, middle band not known. */
class Nd351ClassificationTest {

    @ParameterizedTest(name = "{0} income {1} with 3 deprivations is {2}")
    @CsvSource({
        "RURAL, 2200000, POOR",
        "RURAL, 2200001, NOT_POOR",
        "URBAN, 2800000, POOR",
        "URBAN, 2800001, NOT_POOR",
    })
    void income_equal_to_the_line_is_under_it(Area area, long income, HouseholdClass expected) {
        HouseholdInput h = new HouseholdInput(
                "H", area, income, null, IndicatorSet.of(HEALTH_INSURANCE, WATER, WASTE), null, null, null, null, null);

        assertThat(PovertyClassifier.classify(h, nd351()).householdClass()).isEqualTo(expected);
    }

    @Test
    void above_the_line_it_is_not_poor_and_the_reason_says_the_middle_band_is_unknown() {
        Classification c = aHousehold().urban().income(2_900_000).ticked().classifiedBy(nd351());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.NOT_POOR);
        assertThat(c.reasonTexts())
                .containsExactly(
                        "income 2,900,000 > urban line 2,800,000",
                        "middle-living band of ND351_2025 (urban) not known: cannot tell MIDDLE from NOT_POOR, answered NOT_POOR");
    }

    @Test
    void score_a_alone_is_undetermined_because_no_threshold_is_known() {
        Classification c = aHousehold().rural().scoreA(120).ticked().classifiedBy(nd351());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.UNDETERMINED);
        assertThat(c.reasonTexts())
                .containsExactly("ND351_2025 has no rural score-A threshold: incomePerCapita is needed");
    }

    @Test
    void waste_not_collected_is_a_deprivation_under_nd351() {
        Classification c = aHousehold()
                .rural()
                .income(2_000_000)
                .members(anAdult(), anAdult())
                .dwelling(aSoundDwelling().wasteCollected(false))
                .classifiedBy(nd351());

        assertThat(c.deprivations().asSet()).containsExactly(WASTE);
        assertThat(c.unknown().isEmpty()).isTrue();
        assertThat(c.householdClass()).isEqualTo(HouseholdClass.NEAR_POOR);
    }

    @Test
    void a_tick_of_info_access_which_nd351_does_not_use_is_an_error() {
        HouseholdInput h = aHousehold().rural().income(1).ticked(INFO_ACCESS).build();

        assertThatThrownBy(() -> PovertyClassifier.classify(h, nd351()))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("field deprivations")
                .hasMessageContaining("standard.notIndicator")
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).message())
                        .isEqualTo(vn.giamngheo.shared.Message.of(
                                "standard.notIndicator",
                                "INFO_ACCESS",
                                "ND351_2025",
                                nd351().indicatorSet().toString())));
    }
}
