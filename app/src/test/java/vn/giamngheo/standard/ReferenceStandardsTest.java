package vn.giamngheo.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giamngheo.standard.Households.nd07;
import static vn.giamngheo.standard.Households.nd351;
import static vn.giamngheo.standard.Households.qd59;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput;

/** The national standards as shipped reference data, exactly as docs/domain/poverty-standards.md gives them. */
class ReferenceStandardsTest {

    @Test
    void three_national_standards_ship_as_published_version_one() {
        assertThat(ReferenceStandards.ids()).containsExactly("QD59_2015", "ND07_2021", "ND351_2025");
        assertThat(ReferenceStandards.national()).allSatisfy(s -> {
            assertThat(s.version()).isEqualTo(1);
            assertThat(s.status()).isEqualTo(PovertyStandard.Status.PUBLISHED);
            assertThat(s.kind()).isEqualTo(PovertyStandard.Kind.NATIONAL);
            assertThat(s.deprivationCutoff().value()).isEqualTo(3);
        });
    }

    @Test
    void validity_periods_follow_the_table_of_which_standard_applies_when() {
        assertThat(List.of(qd59().validity().firstListYear(), qd59().validity().lastListYear()))
                .containsExactly(2016, 2021);
        assertThat(List.of(nd07().validity().firstListYear(), nd07().validity().lastListYear()))
                .containsExactly(2022, 2026);
        assertThat(List.of(
                        nd351().validity().firstListYear(), nd351().validity().lastListYear()))
                .containsExactly(2027, 2030);
        assertThat(nd07().validity().covers(2026)).isTrue();
        assertThat(nd07().validity().covers(2027)).isFalse();
    }

    @Test
    void qd59_has_two_lines_and_a_firm_middle_band_per_area() {
        AreaLines rural = qd59().lines().rural();
        AreaLines urban = qd59().lines().urban();

        assertThat(qd59().rule()).isEqualTo(PovertyStandard.Rule.TWO_LINES);
        assertThat(List.of(
                        rural.lowerLine().value(),
                        rural.line().value(),
                        rural.middleUpper().value()))
                .containsExactly(700_000L, 1_000_000L, 1_500_000L);
        assertThat(List.of(
                        urban.lowerLine().value(),
                        urban.line().value(),
                        urban.middleUpper().value()))
                .containsExactly(900_000L, 1_300_000L, 1_950_000L);
        assertThat(rural.middleUpper().provisional()).isFalse();
        assertThat(rural.scoreAMax()).isNull();
    }

    @Test
    void nd07_has_one_line_a_likely_middle_band_and_firm_score_a_thresholds() {
        AreaLines rural = nd07().lines().rural();
        AreaLines urban = nd07().lines().urban();

        assertThat(rural.lowerLine()).isNull();
        assertThat(rural.line()).isEqualTo(Figure.firm(1_500_000));
        assertThat(urban.line()).isEqualTo(Figure.firm(2_000_000));
        assertThat(rural.middleUpper()).isEqualTo(Figure.likely(2_250_000));
        assertThat(urban.middleUpper()).isEqualTo(Figure.likely(3_000_000));
        assertThat(rural.middleUpper().provisional()).isTrue();
        assertThat(rural.scoreAMax()).isEqualTo(Figure.firm(140));
        assertThat(urban.scoreAMax()).isEqualTo(Figure.firm(175));
        assertThat(nd07().scoreBFrom()).isEqualTo(Figure.firm(30));
    }

    @Test
    void nd351_leaves_the_unknown_middle_band_and_score_thresholds_unset() {
        assertThat(nd351().lines().rural().line().value()).isEqualTo(2_200_000);
        assertThat(nd351().lines().urban().line().value()).isEqualTo(2_800_000);
        assertThat(nd351().lines().rural().middleUpper()).isNull();
        assertThat(nd351().lines().urban().middleUpper()).isNull();
        assertThat(nd351().lines().rural().scoreAMax()).isNull();
        assertThat(nd351().scoreBFrom()).isNull();
    }

    @Test
    void each_standard_lists_exactly_its_own_indicators() {
        assertThat(nd07().indicatorSet().asSet())
                .containsExactlyInAnyOrder(
                        Indicator.EMPLOYMENT,
                        Indicator.DEPENDANTS,
                        Indicator.NUTRITION,
                        Indicator.HEALTH_INSURANCE,
                        Indicator.ADULT_EDUCATION,
                        Indicator.CHILD_SCHOOLING,
                        Indicator.HOUSING_QUALITY,
                        Indicator.HOUSING_AREA,
                        Indicator.WATER,
                        Indicator.SANITATION,
                        Indicator.TELECOM,
                        Indicator.INFO_ACCESS);
        assertThat(qd59().indicatorSet().asSet())
                .containsExactlyInAnyOrder(
                        Indicator.HEALTH_ACCESS,
                        Indicator.HEALTH_INSURANCE,
                        Indicator.ADULT_EDUCATION,
                        Indicator.CHILD_SCHOOLING,
                        Indicator.HOUSING_QUALITY,
                        Indicator.HOUSING_AREA,
                        Indicator.WATER,
                        Indicator.SANITATION,
                        Indicator.TELECOM,
                        Indicator.INFO_ASSETS);
        assertThat(nd351().indicatorSet().asSet())
                .containsExactlyInAnyOrder(
                        Indicator.EMPLOYMENT,
                        Indicator.DEPENDANTS,
                        Indicator.HEALTH_INSURANCE,
                        Indicator.NUTRITION,
                        Indicator.ADULT_EDUCATION,
                        Indicator.CHILD_SCHOOLING,
                        Indicator.HOUSING_QUALITY,
                        Indicator.HOUSING_AREA,
                        Indicator.TELECOM,
                        Indicator.WATER,
                        Indicator.SANITATION,
                        Indicator.WASTE);
    }

    @Test
    void indicator_rules_carry_the_confidence_marks_of_the_domain_notes() {
        assertThat(confidence(nd07(), Indicator.NUTRITION)).isEqualTo(Confidence.FIRM);
        assertThat(confidence(nd07(), Indicator.HEALTH_INSURANCE)).isEqualTo(Confidence.FIRM);
        assertThat(confidence(nd07(), Indicator.HOUSING_AREA)).isEqualTo(Confidence.FIRM);
        assertThat(confidence(nd07(), Indicator.EMPLOYMENT)).isEqualTo(Confidence.LIKELY);
        assertThat(confidence(nd07(), Indicator.TELECOM)).isEqualTo(Confidence.PROVISIONAL);
        assertThat(confidence(nd07(), Indicator.INFO_ACCESS)).isEqualTo(Confidence.PROVISIONAL);
        assertThat(qd59().indicatorListConfidence()).isEqualTo(Confidence.FIRM);
        assertThat(qd59().indicators())
                .allSatisfy(i -> assertThat(i.provisional()).isTrue());
        assertThat(nd351().indicatorListConfidence()).isEqualTo(Confidence.LIKELY);
        assertThat(nd351().indicators())
                .allSatisfy(i -> assertThat(i.provisional()).isTrue());
    }

    @Test
    void our_own_choices_for_derivation_are_marked_provisional() {
        assertThat(nd07().derivation().elderlyAgeFrom()).isEqualTo(Figure.provisional(60));
        assertThat(nd07().derivation().workingAgeFrom().provisional()).isTrue();
        assertThat(nd07().derivation().insuranceAgeFrom()).isEqualTo(Figure.firm(6));
        assertThat(qd59().derivation().adultEducation().referenceYear()).isEqualTo(Figure.provisional(2015));
        assertThat(qd59().derivation().adultEducation().maxAge()).isEqualTo(29);
    }

    @Test
    void a_standard_survives_the_round_trip_through_its_json() {
        for (PovertyStandard s : ReferenceStandards.national()) {
            assertThat(StandardJson.readOne(StandardJson.write(s))).isEqualTo(s);
        }
    }

    @Test
    void an_unknown_field_in_a_standard_is_refused_naming_it() {
        String json = StandardJson.write(nd07()).replace("\"legalBasis\"", "\"legalBasys\"");

        assertThatThrownBy(() -> StandardJson.readOne(json))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("legalBasys");
    }

    @Test
    void an_inconsistent_standard_is_refused_with_every_problem() {
        String json = StandardJson.write(nd07())
                .replace("\"value\":1500000", "\"value\":-1")
                .replace("\"id\":\"ND07_2021\"", "\"id\":\"nd 07\"");

        assertThatThrownBy(() -> StandardJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.Problem::field)
                                .contains("id", "lines.rural.line"));
    }

    private static Confidence confidence(PovertyStandard s, Indicator code) {
        return s.indicators().stream()
                .filter(i -> i.code() == code)
                .findFirst()
                .orElseThrow()
                .confidence();
    }
}
