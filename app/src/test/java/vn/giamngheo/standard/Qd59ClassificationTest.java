package vn.giamngheo.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.standard.Households.aHousehold;
import static vn.giamngheo.standard.Households.qd59;
import static vn.giamngheo.standard.Indicator.HEALTH_ACCESS;
import static vn.giamngheo.standard.Indicator.HEALTH_INSURANCE;
import static vn.giamngheo.standard.Indicator.WATER;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** QĐ 59/2015: poor at or under P whatever d; in (P, N] d decides; middle band (N, M] [firm]. */
class Qd59ClassificationTest {

    @ParameterizedTest(name = "{0} income {1} with {2} deprivations is {3}")
    @CsvSource({
        "RURAL, 700000, 0, POOR",
        "RURAL, 700001, 0, NEAR_POOR",
        "RURAL, 700001, 3, POOR",
        "RURAL, 1000000, 2, NEAR_POOR",
        "RURAL, 1000000, 3, POOR",
        "RURAL, 1000001, 3, MIDDLE",
        "RURAL, 1500000, 0, MIDDLE",
        "RURAL, 1500001, 0, NOT_POOR",
        "URBAN, 900000, 0, POOR",
        "URBAN, 900001, 2, NEAR_POOR",
        "URBAN, 900001, 3, POOR",
        "URBAN, 1300000, 3, POOR",
        "URBAN, 1300001, 3, MIDDLE",
        "URBAN, 1950000, 0, MIDDLE",
        "URBAN, 1950001, 0, NOT_POOR",
    })
    void every_boundary_of_the_two_bands_is_inclusive(Area area, long income, int deprived, HouseholdClass expected) {
        Indicator[] ticks = {HEALTH_ACCESS, HEALTH_INSURANCE, WATER};
        Indicator[] ticked = java.util.Arrays.copyOf(ticks, deprived);
        HouseholdInput h =
                new HouseholdInput("H", area, income, null, IndicatorSet.of(ticked), null, null, null, null, null);

        assertThat(PovertyClassifier.classify(h, qd59()).householdClass()).isEqualTo(expected);
    }

    @Test
    void at_or_under_the_poor_line_the_reason_is_the_income_alone() {
        Classification c = aHousehold().rural().income(700_000).ticked().classifiedBy(qd59());

        assertThat(c.reasonTexts()).containsExactly("income 700,000 ≤ rural poor line 700,000");
    }

    @Test
    void in_the_near_poor_band_both_lines_and_the_count_are_reasons() {
        Classification c = aHousehold()
                .urban()
                .income(1_000_000)
                .ticked(HEALTH_ACCESS, HEALTH_INSURANCE, WATER)
                .classifiedBy(qd59());

        assertThat(c.reasonTexts())
                .containsExactly(
                        "income 1,000,000 > urban poor line 900,000",
                        "income 1,000,000 ≤ urban near-poor line 1,300,000",
                        "3 indicators deprived ≥ 3");
    }

    @Test
    void score_a_alone_is_undetermined_because_qd59_has_no_score_threshold() {
        Classification c =
                aHousehold().rural().scoreA(100).ticked(HEALTH_ACCESS).classifiedBy(qd59());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.UNDETERMINED);
        assertThat(c.reasonTexts())
                .containsExactly("QD59_2015 has no rural score-A threshold: incomePerCapita is needed");
    }

    @Test
    void health_access_has_no_fact_so_without_a_tick_it_is_unknown() {
        Classification c = aHousehold()
                .rural()
                .income(800_000)
                .members(Households.anAdult().uninsured(), Households.anAdult())
                .dwelling(Households.aSoundDwelling().cleanWater(false))
                .classifiedBy(qd59());

        assertThat(c.unknown().asSet()).containsExactly(HEALTH_ACCESS);
        assertThat(c.deprivations().asSet()).containsExactly(HEALTH_INSURANCE, WATER);
        assertThat(c.householdClass()).isEqualTo(HouseholdClass.UNDETERMINED);
        assertThat(c.reasonTexts())
                .last()
                .asString()
                .isEqualTo("2 indicators deprived < 3; could reach 3 with the unknown HEALTH_ACCESS: "
                        + "tick them or give the facts");
    }

    @Test
    void when_the_unknown_indicators_cannot_reach_the_cutoff_the_household_is_near_poor() {
        Classification c = aHousehold()
                .rural()
                .income(800_000)
                .members(Households.anAdult().uninsured(), Households.anAdult())
                .dwelling(Households.aSoundDwelling())
                .classifiedBy(qd59());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.NEAR_POOR);
        assertThat(c.reasonTexts())
                .last()
                .asString()
                .isEqualTo("1 indicator deprived < 3; cannot reach 3 with the unknown HEALTH_ACCESS");
    }

    @Test
    void above_the_near_poor_line_qd59_uses_its_firm_middle_band() {
        Classification c = aHousehold().rural().income(1_200_000).ticked().classifiedBy(qd59());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.MIDDLE);
        assertThat(c.reasonTexts())
                .containsExactly(
                        "income 1,200,000 > rural near-poor line 1,000,000",
                        "income 1,200,000 ≤ rural middle-living band upper bound 1,500,000");
    }
}
