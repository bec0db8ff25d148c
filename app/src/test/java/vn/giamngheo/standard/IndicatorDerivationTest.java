package vn.giamngheo.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.standard.Households.aHousehold;
import static vn.giamngheo.standard.Households.aMemberWithoutFacts;
import static vn.giamngheo.standard.Households.aSoundDwelling;
import static vn.giamngheo.standard.Households.anAdult;
import static vn.giamngheo.standard.Households.nd07;
import static vn.giamngheo.standard.Households.nd351;
import static vn.giamngheo.standard.Households.qd59;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.standard.Households.DwellingBuilder;
import vn.giamngheo.standard.Households.MemberBuilder;
import vn.giamngheo.standard.Member.Education;
import vn.giamngheo.standard.Member.Employment;

/** Each indicator derived from facts, at the edge of its rule (docs/domain/poverty-standards.md §4). */
class IndicatorDerivationTest {

    enum State {
        DEPRIVED,
        NOT_DEPRIVED,
        UNKNOWN
    }

    private static State state(
            PovertyStandard standard, Indicator indicator, DwellingBuilder dwelling, MemberBuilder... members) {
        Classification c = aHousehold()
                .rural()
                .income(1)
                .members(members)
                .dwelling(dwelling)
                .classifiedBy(standard);
        if (c.deprivations().contains(indicator)) {
            return State.DEPRIVED;
        }
        return c.unknown().contains(indicator) ? State.UNKNOWN : State.NOT_DEPRIVED;
    }

    private static State nd07State(Indicator indicator, MemberBuilder... members) {
        return state(nd07(), indicator, aSoundDwelling(), members);
    }

    private static State dwellingState(PovertyStandard standard, Indicator indicator, DwellingBuilder dwelling) {
        return state(standard, indicator, dwelling, anAdult());
    }

    @ParameterizedTest(name = "an uninsured member aged {0}: {1}")
    @CsvSource({"5, NOT_DEPRIVED", "6, DEPRIVED", "70, DEPRIVED"})
    void health_insurance_counts_members_aged_six_or_older(int age, State expected) {
        assertThat(nd07State(
                        Indicator.HEALTH_INSURANCE,
                        anAdult(),
                        anAdult().age(age).uninsured()))
                .isEqualTo(expected);
    }

    @Test
    void health_insurance_without_the_age_of_an_uninsured_member_is_unknown() {
        assertThat(nd07State(Indicator.HEALTH_INSURANCE, anAdult().age(null).uninsured()))
                .isEqualTo(State.UNKNOWN);
        assertThat(nd07State(Indicator.HEALTH_INSURANCE, anAdult().age(null).insured(true)))
                .isEqualTo(State.NOT_DEPRIVED);
        assertThat(nd07State(Indicator.HEALTH_INSURANCE, anAdult().insured(null)))
                .isEqualTo(State.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} m² for 4 people: {1}")
    @CsvSource({"32.0, NOT_DEPRIVED", "31.99, DEPRIVED", "8, DEPRIVED", "100, NOT_DEPRIVED"})
    void housing_area_is_deprived_under_eight_square_metres_per_person(double m2, State expected) {
        assertThat(state(
                        nd07(),
                        Indicator.HOUSING_AREA,
                        aSoundDwelling().livingArea(m2),
                        anAdult(),
                        anAdult(),
                        anAdult(),
                        anAdult()))
                .isEqualTo(expected);
    }

    @Test
    void housing_area_needs_both_the_area_and_the_members() {
        assertThat(dwellingState(
                        nd07(), Indicator.HOUSING_AREA, aSoundDwelling().livingArea(null)))
                .isEqualTo(State.UNKNOWN);
        Classification noMembers =
                aHousehold().rural().income(1).dwelling(aSoundDwelling()).classifiedBy(nd07());
        assertThat(noMembers.unknown().contains(Indicator.HOUSING_AREA)).isTrue();
    }

    @ParameterizedTest(name = "NĐ 07: a child aged {0} not in school: {1}")
    @CsvSource({"2, NOT_DEPRIVED", "3, DEPRIVED", "15, DEPRIVED", "16, NOT_DEPRIVED"})
    void child_schooling_covers_ages_three_to_under_sixteen(int age, State expected) {
        assertThat(nd07State(
                        Indicator.CHILD_SCHOOLING,
                        anAdult(),
                        aMemberWithoutFacts().age(age).inSchool(false)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "QĐ 59: a child aged {0} not in school: {1}")
    @CsvSource({"4, NOT_DEPRIVED", "5, DEPRIVED", "14, DEPRIVED", "15, NOT_DEPRIVED"})
    void qd59_child_schooling_covers_ages_five_to_under_fifteen(int age, State expected) {
        assertThat(state(
                        qd59(),
                        Indicator.CHILD_SCHOOLING,
                        aSoundDwelling(),
                        anAdult(),
                        aMemberWithoutFacts().age(age).inSchool(false)))
                .isEqualTo(expected);
    }

    @Test
    void a_child_in_school_is_not_deprived_on_schooling() {
        assertThat(nd07State(
                        Indicator.CHILD_SCHOOLING, anAdult(), anAdult().age(10).inSchool(true)))
                .isEqualTo(State.NOT_DEPRIVED);
    }

    @ParameterizedTest(name = "NĐ 07: aged {0} with {1}, not in school: {2}")
    @CsvSource({
        "15, PRIMARY, NOT_DEPRIVED",
        "16, PRIMARY, DEPRIVED",
        "16, LOWER_SECONDARY, NOT_DEPRIVED",
        "17, LOWER_SECONDARY, NOT_DEPRIVED",
        "18, LOWER_SECONDARY, DEPRIVED",
        "18, UPPER_SECONDARY, NOT_DEPRIVED",
        "18, VOCATIONAL, NOT_DEPRIVED",
        "30, LOWER_SECONDARY, DEPRIVED",
        "30, NONE, DEPRIVED",
        "31, NONE, NOT_DEPRIVED",
        "25, COLLEGE_PLUS, NOT_DEPRIVED",
    })
    void adult_education_asks_the_level_for_the_age_from_sixteen_to_thirty(int age, Education level, State expected) {
        assertThat(nd07State(
                        Indicator.ADULT_EDUCATION,
                        anAdult().age(age).education(level).inSchool(false)))
                .isEqualTo(expected);
    }

    @Test
    void a_young_adult_still_in_education_is_not_deprived_on_adult_education() {
        assertThat(nd07State(
                        Indicator.ADULT_EDUCATION,
                        anAdult().age(17).education(Education.PRIMARY).inSchool(true)))
                .isEqualTo(State.NOT_DEPRIVED);
    }

    @ParameterizedTest(name = "QĐ 59: aged {0} with {1}, not in school: {2}")
    @CsvSource({
        "14, PRIMARY, NOT_DEPRIVED",
        "15, PRIMARY, DEPRIVED",
        "15, LOWER_SECONDARY, NOT_DEPRIVED",
        "29, NONE, DEPRIVED",
        "30, NONE, NOT_DEPRIVED",
    })
    void qd59_adult_education_counts_members_born_1986_or_later_at_reference_year_2015(
            int age, Education level, State expected) {
        assertThat(state(
                        qd59(),
                        Indicator.ADULT_EDUCATION,
                        aSoundDwelling(),
                        anAdult().age(age).education(level).inSchool(false)))
                .isEqualTo(expected);
    }

    @Test
    void dependants_must_be_more_than_half_of_the_members() {
        assertThat(nd07State(Indicator.DEPENDANTS, anAdult(), anAdult().age(10)))
                .isEqualTo(State.NOT_DEPRIVED);
        assertThat(nd07State(
                        Indicator.DEPENDANTS,
                        anAdult(),
                        anAdult().age(10),
                        anAdult().age(4)))
                .isEqualTo(State.DEPRIVED);
    }

    @ParameterizedTest(name = "two members aged {0} and one adult: {1}")
    @CsvSource({"59, NOT_DEPRIVED", "60, DEPRIVED", "15, DEPRIVED", "16, NOT_DEPRIVED"})
    void dependants_are_children_under_sixteen_and_old_people_from_sixty(int age, State expected) {
        assertThat(nd07State(
                        Indicator.DEPENDANTS,
                        anAdult(),
                        anAdult().age(age),
                        anAdult().age(age)))
                .isEqualTo(expected);
    }

    @Test
    void severely_disabled_members_and_social_allowance_recipients_are_dependants() {
        assertThat(nd07State(
                        Indicator.DEPENDANTS,
                        anAdult(),
                        anAdult().disabled(true),
                        anAdult().socialAllowance(true)))
                .isEqualTo(State.DEPRIVED);
    }

    @Test
    void dependants_are_unknown_when_members_not_known_either_way_could_tip_the_share() {
        assertThat(nd07State(Indicator.DEPENDANTS, anAdult().age(10), anAdult().disabled(null)))
                .isEqualTo(State.UNKNOWN);
        assertThat(nd07State(
                        Indicator.DEPENDANTS,
                        anAdult(),
                        anAdult(),
                        anAdult(),
                        anAdult().disabled(null)))
                .isEqualTo(State.NOT_DEPRIVED);
    }

    @ParameterizedTest(name = "a member aged {0}, {1}: {2}")
    @CsvSource({
        "35, UNEMPLOYED, DEPRIVED",
        "35, WAGE_NO_CONTRACT, DEPRIVED",
        "35, WAGE_WITH_CONTRACT, NOT_DEPRIVED",
        "35, NOT_IN_LABOUR_FORCE, NOT_DEPRIVED",
        "14, UNEMPLOYED, NOT_DEPRIVED",
        "15, UNEMPLOYED, DEPRIVED",
        "59, WAGE_NO_CONTRACT, DEPRIVED",
        "60, WAGE_NO_CONTRACT, NOT_DEPRIVED",
    })
    void employment_counts_working_age_members_without_a_job_or_a_contract(int age, Employment e, State expected) {
        assertThat(nd07State(Indicator.EMPLOYMENT, anAdult(), anAdult().age(age).employment(e)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "a member aged {0}, stunted {1}, underweight {2}: {3}")
    @CsvSource({
        "15, true, false, DEPRIVED",
        "4, false, true, DEPRIVED",
        "16, true, true, NOT_DEPRIVED",
        "8, false, false, NOT_DEPRIVED",
        "8, , false, UNKNOWN",
    })
    void nutrition_counts_children_under_sixteen_stunted_or_underweight(
            int age, Boolean stunted, Boolean underweight, State expected) {
        assertThat(nd07State(
                        Indicator.NUTRITION,
                        anAdult(),
                        anAdult().age(age).stunted(stunted).underweight(underweight)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "walls {0}, columns {1}, roof {2} durable: {3}")
    @CsvSource({
        "true, true, true, NOT_DEPRIVED",
        "false, true, true, NOT_DEPRIVED",
        "false, false, true, DEPRIVED",
        "false, , true, UNKNOWN",
        ", true, true, NOT_DEPRIVED",
        ", , , UNKNOWN",
    })
    void housing_quality_needs_two_of_walls_columns_roof_non_durable(
            Boolean walls, Boolean columns, Boolean roof, State expected) {
        assertThat(dwellingState(
                        nd07(), Indicator.HOUSING_QUALITY, aSoundDwelling().durable(walls, columns, roof)))
                .isEqualTo(expected);
    }

    @Test
    void water_sanitation_telecom_and_waste_follow_their_dwelling_fact() {
        assertThat(dwellingState(nd07(), Indicator.WATER, aSoundDwelling().cleanWater(false)))
                .isEqualTo(State.DEPRIVED);
        assertThat(dwellingState(nd07(), Indicator.WATER, aSoundDwelling().cleanWater(null)))
                .isEqualTo(State.UNKNOWN);
        assertThat(dwellingState(nd07(), Indicator.SANITATION, aSoundDwelling().hygienicLatrine(false)))
                .isEqualTo(State.DEPRIVED);
        assertThat(dwellingState(nd07(), Indicator.TELECOM, aSoundDwelling().telecom(false)))
                .isEqualTo(State.DEPRIVED);
        assertThat(dwellingState(nd351(), Indicator.WASTE, aSoundDwelling().wasteCollected(false)))
                .isEqualTo(State.DEPRIVED);
        assertThat(dwellingState(nd351(), Indicator.WASTE, aSoundDwelling())).isEqualTo(State.NOT_DEPRIVED);
    }

    @ParameterizedTest(name = "device {0}, loudspeakers {1}: {2}")
    @CsvSource({
        "false, false, DEPRIVED",
        "true, false, NOT_DEPRIVED",
        "false, true, NOT_DEPRIVED",
        "false, , UNKNOWN",
        ", true, NOT_DEPRIVED",
    })
    void information_access_needs_neither_a_device_nor_the_loudspeakers(
            Boolean device, Boolean loudspeakers, State expected) {
        assertThat(dwellingState(nd07(), Indicator.INFO_ACCESS, aSoundDwelling().information(device, loudspeakers)))
                .isEqualTo(expected);
        assertThat(dwellingState(qd59(), Indicator.INFO_ASSETS, aSoundDwelling().information(device, loudspeakers)))
                .isEqualTo(expected);
    }

    @Test
    void without_members_every_member_indicator_is_unknown() {
        Classification c =
                aHousehold().rural().income(1).dwelling(aSoundDwelling()).classifiedBy(nd07());

        assertThat(c.unknown().asSet())
                .containsExactlyInAnyOrder(
                        Indicator.EMPLOYMENT,
                        Indicator.DEPENDANTS,
                        Indicator.NUTRITION,
                        Indicator.HEALTH_INSURANCE,
                        Indicator.ADULT_EDUCATION,
                        Indicator.CHILD_SCHOOLING,
                        Indicator.HOUSING_AREA);
    }

    @Test
    void an_empty_member_list_is_no_facts_rather_than_no_deprivations() {
        Classification c = aHousehold()
                .rural()
                .income(1)
                .members()
                .dwelling(aSoundDwelling())
                .classifiedBy(nd07());

        assertThat(c.unknown().contains(Indicator.HEALTH_INSURANCE)).isTrue();
    }

    @Test
    void a_fully_described_sound_household_is_known_on_every_indicator() {
        Classification c = aHousehold()
                .rural()
                .income(1)
                .members(anAdult(), anAdult())
                .dwelling(aSoundDwelling())
                .classifiedBy(nd07());

        assertThat(c.unknown().isEmpty()).isTrue();
        assertThat(c.deprivations().isEmpty()).isTrue();
        assertThat(c.householdClass()).isEqualTo(HouseholdClass.NEAR_POOR);
    }
}
