package vn.giamngheo.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giamngheo.standard.Indicator.HEALTH_INSURANCE;
import static vn.giamngheo.standard.Indicator.HOUSING_AREA;
import static vn.giamngheo.standard.Indicator.WATER;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The stored form of reasons and warnings (decision 0102): exact JSON, and back to the same values. */
class ExplanationTest {

    @Test
    void the_format_example_is_stored_as_codes_and_numbers() {
        Classification c = Households.aHousehold()
                .rural()
                .income(1_420_000)
                .ticked(HEALTH_INSURANCE, HOUSING_AREA, WATER)
                .classifiedBy(Households.nd07());

        assertThat(Explanation.of(c).toJson())
                .isEqualTo("{\"reasons\":[{\"code\":\"INCOME_VERSUS_LINE\",\"income\":1420000,\"area\":\"RURAL\","
                        + "\"line\":\"LINE\",\"value\":1500000,\"confidence\":\"FIRM\"},{\"code\":\"DEPRIVATION_COUNT\","
                        + "\"deprived\":3,\"cutoff\":3,\"unknown\":[]}],\"warnings\":[]}");
    }

    @Test
    void every_kind_of_reason_and_warning_reads_back_as_the_same_value() {
        Explanation all = new Explanation(ReasonWordingTest.EVERY_REASON, ReasonWordingTest.EVERY_WARNING);

        Explanation back = Explanation.fromJson(all.toJson());

        assertThat(back).isEqualTo(all);
        assertThat(back.reasons())
                .map(Reason::text)
                .isEqualTo(all.reasons().stream().map(Reason::text).toList());
        assertThat(back.warnings())
                .map(Warning::text)
                .isEqualTo(all.warnings().stream().map(Warning::text).toList());
    }

    @Test
    void the_stored_form_is_valid_json_and_the_api_form_is_the_same_json() {
        Explanation all = new Explanation(ReasonWordingTest.EVERY_REASON, ReasonWordingTest.EVERY_WARNING);
        JsonMapper mapper = JsonMapper.builder().build();

        assertThat(mapper.readTree(all.toJson()).path("reasons").size())
                .isEqualTo(ReasonWordingTest.EVERY_REASON.size());
        assertThat(mapper.writeValueAsString(new Holder(all))).isEqualTo("{\"explanation\":" + all.toJson() + "}");
    }

    record Holder(Explanation explanation) {}

    @Test
    void a_warning_about_score_and_income_keeps_both_sides() {
        Classification c = Households.aHousehold()
                .rural()
                .income(1_400_000)
                .scoreA(150)
                .ticked(HEALTH_INSURANCE)
                .classifiedBy(Households.nd07());

        Explanation back = Explanation.fromJson(Explanation.of(c).toJson());

        assertThat(back.warnings()).singleElement().isInstanceOf(Warning.ScoreVersusIncome.class);
        assertThat(back.warnings()).map(Warning::text).isEqualTo(c.warningTexts());
    }

    @Test
    void an_unknown_code_is_refused_rather_than_guessed() {
        assertThatThrownBy(() -> Explanation.fromJson("{\"reasons\":[{\"code\":\"SOMETHING\"}],\"warnings\":[]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SOMETHING");
        assertThat(Explanation.fromJson("{\"reasons\":[],\"warnings\":[]}"))
                .isEqualTo(new Explanation(List.of(), List.of()));
    }
}
