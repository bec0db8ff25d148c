package vn.giamngheo.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giamngheo.standard.Households.aHousehold;
import static vn.giamngheo.standard.Households.aSoundDwelling;
import static vn.giamngheo.standard.Households.anAdult;
import static vn.giamngheo.standard.Households.nd07;
import static vn.giamngheo.standard.Households.qd59;
import static vn.giamngheo.standard.Indicator.EMPLOYMENT;
import static vn.giamngheo.standard.Indicator.HEALTH_ACCESS;
import static vn.giamngheo.standard.Indicator.HEALTH_INSURANCE;
import static vn.giamngheo.standard.Indicator.WASTE;
import static vn.giamngheo.standard.Indicator.WATER;

import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput;

/** The reviewer's ticks are authoritative; facts that disagree give warnings (docs/domain/poverty-standards.md §4). */
class TicksAndFactsTest {

    @Test
    void ticks_decide_even_when_the_facts_say_otherwise() {
        Classification c = aHousehold()
                .rural()
                .income(1_000_000)
                .ticked(EMPLOYMENT, HEALTH_INSURANCE, WATER)
                .members(anAdult(), anAdult())
                .dwelling(aSoundDwelling())
                .classifiedBy(nd07());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.POOR);
        assertThat(c.deprivations().asSet()).containsExactly(EMPLOYMENT, HEALTH_INSURANCE, WATER);
    }

    @Test
    void each_disagreement_between_a_tick_and_the_facts_is_a_warning() {
        Classification c = aHousehold()
                .rural()
                .income(1_000_000)
                .ticked(HEALTH_INSURANCE)
                .members(anAdult(), anAdult())
                .dwelling(aSoundDwelling().cleanWater(false))
                .classifiedBy(nd07());

        assertThat(c.warningTexts())
                .containsExactly(
                        "HEALTH_INSURANCE is ticked deprived, but the member and dwelling facts say not deprived",
                        "WATER is not ticked, but the member and dwelling facts say deprived");
        assertThat(c.deprivations().asSet()).containsExactly(HEALTH_INSURANCE);
    }

    @Test
    void a_fact_that_is_unknown_never_disagrees_with_a_tick() {
        Classification c = aHousehold()
                .rural()
                .income(1_000_000)
                .ticked(HEALTH_INSURANCE)
                .members(anAdult().insured(null))
                .classifiedBy(nd07());

        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void with_ticks_every_indicator_is_known_so_the_count_alone_decides() {
        Classification c = aHousehold()
                .rural()
                .income(800_000)
                .ticked(HEALTH_ACCESS, WATER)
                .classifiedBy(qd59());

        assertThat(c.unknown().isEmpty()).isTrue();
        assertThat(c.householdClass()).isEqualTo(HouseholdClass.NEAR_POOR);
    }

    @Test
    void a_ticked_code_the_standard_does_not_use_is_an_error_for_that_household() {
        HouseholdInput h =
                aHousehold().rural().income(1).ticked(WASTE, EMPLOYMENT).build();

        assertThatThrownBy(() -> PovertyClassifier.classify(h, qd59()))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(
                                ((InvalidInput) e).problems().get(0).message().args())
                        .startsWith("EMPLOYMENT, WASTE", "QD59_2015"));
    }

    @Test
    void unknown_indicators_that_could_reach_the_cutoff_leave_the_household_undetermined_naming_them() {
        Classification c = aHousehold()
                .rural()
                .income(1_000_000)
                .members(anAdult().uninsured(), anAdult())
                .dwelling(aSoundDwelling().cleanWater(null).hygienicLatrine(null))
                .classifiedBy(nd07());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.UNDETERMINED);
        assertThat(c.reasonTexts())
                .last()
                .asString()
                .isEqualTo("1 indicator deprived < 3; could reach 3 with the unknown WATER, SANITATION: "
                        + "tick them or give the facts");
    }

    @Test
    void unknown_indicators_do_not_matter_above_the_line() {
        Classification c = aHousehold().rural().income(1_600_000).classifiedBy(nd07());

        assertThat(c.unknown().count()).isEqualTo(12);
        assertThat(c.householdClass()).isEqualTo(HouseholdClass.MIDDLE);
    }

    @Test
    void three_known_deprivations_make_a_household_poor_whatever_is_unknown() {
        Classification c = aHousehold()
                .rural()
                .income(1_000_000)
                .members(anAdult().uninsured().employment(Member.Employment.UNEMPLOYED))
                .dwelling(aSoundDwelling().cleanWater(false).hygienicLatrine(null))
                .classifiedBy(nd07());

        assertThat(c.householdClass()).isEqualTo(HouseholdClass.POOR);
        assertThat(c.reasonTexts()).last().isEqualTo("3 indicators deprived ≥ 3");
    }
}
