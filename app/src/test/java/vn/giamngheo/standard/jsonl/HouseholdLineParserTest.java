package vn.giamngheo.standard.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.standard.Area;
import vn.giamngheo.standard.HouseholdClass;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Indicator;
import vn.giamngheo.standard.Member;

/** One household line read strictly, as docs/domain/household-format.md says: unknown or mistyped fields name themselves. */
class HouseholdLineParserTest {
    private final HouseholdLineParser parser = new HouseholdLineParser();

    @Test
    void every_field_of_the_format_is_read() {
        HouseholdInput h = parser.parse("""
                {"ref":"H-001","area":"URBAN","incomePerCapita":1420000,"scoreA":132.5,
                 "deprivations":["WATER","HEALTH_INSURANCE"],
                 "members":[{"name":"Nguyễn Văn A","age":42,"sex":"M","relation":"HEAD","ethnicity":"Mường",
                   "healthInsured":true,"stunted":false,"underweight":false,"education":"LOWER_SECONDARY",
                   "inSchool":false,"employment":"WAGE_NO_CONTRACT","disabled":false,"socialAllowance":false,
                   "personOfMerit":true}],
                 "dwelling":{"livingAreaM2":24.5,"wallDurable":true,"columnDurable":false,"roofDurable":true,
                   "cleanWater":true,"hygienicLatrine":false,"telecom":true,"infoDevice":false,
                   "loudspeakerAccess":true,"wasteCollected":false},
                 "laborCapacity":false,"causes":["LAND","ILLNESS"],"recognizedClass":"NEAR_POOR"}
                """);

        assertThat(h.ref()).isEqualTo("H-001");
        assertThat(h.area()).isEqualTo(Area.URBAN);
        assertThat(h.incomePerCapita()).isEqualTo(1_420_000L);
        assertThat(h.scoreA()).isEqualTo(132.5);
        assertThat(h.deprivations().asSet()).containsExactly(Indicator.HEALTH_INSURANCE, Indicator.WATER);
        assertThat(h.members())
                .containsExactly(new Member(
                        "Nguyễn Văn A",
                        42,
                        Member.Sex.M,
                        Member.Relation.HEAD,
                        "Mường",
                        true,
                        false,
                        false,
                        Member.Education.LOWER_SECONDARY,
                        false,
                        Member.Employment.WAGE_NO_CONTRACT,
                        false,
                        false,
                        true));
        assertThat(h.dwelling().livingAreaM2()).isEqualTo(24.5);
        assertThat(h.dwelling().columnDurable()).isFalse();
        assertThat(h.dwelling().wasteCollected()).isFalse();
        assertThat(h.labourCapacity()).isFalse();
        assertThat(h.causes()).containsExactly(HouseholdInput.Cause.LAND, HouseholdInput.Cause.ILLNESS);
        assertThat(h.recognizedClass()).isEqualTo(HouseholdClass.NEAR_POOR);
    }

    @Test
    void only_ref_and_area_are_required_and_absent_ticks_stay_absent() {
        HouseholdInput h = parser.parse("{\"ref\":\"H\",\"area\":\"RURAL\"}");

        assertThat(h.deprivations()).isNull();
        assertThat(h.members()).isNull();
        assertThat(h.incomePerCapita()).isNull();
    }

    @Test
    void an_empty_tick_list_means_ticked_nothing() {
        assertThat(parser.parse("{\"ref\":\"H\",\"area\":\"RURAL\",\"deprivations\":[]}")
                        .deprivations()
                        .isEmpty())
                .isTrue();
    }

    @Test
    void json_null_counts_as_not_given() {
        HouseholdInput h = parser.parse(
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"incomePerCapita\":null,\"members\":[{\"age\":null}]}");

        assertThat(h.incomePerCapita()).isNull();
        assertThat(h.members().get(0).age()).isNull();
    }

    @Test
    void bytes_of_a_line_are_read_as_utf8() {
        byte[] line = "xx{\"ref\":\"Hộ 1\",\"area\":\"RURAL\"}yy".getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parse(line, 2, line.length - 4).ref()).isEqualTo("Hộ 1");
    }

    @ParameterizedTest(name = "{0} → field {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"income\":1}|income|unknown field",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"incomePerCapita\":\"1\"}|incomePerCapita|must be a whole number",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"incomePerCapita\":1.5}|incomePerCapita|must be a whole number",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"incomePerCapita\":-1}|incomePerCapita|must be between 0 and",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"scoreA\":true}|scoreA|must be a number",
                "{\"ref\":\"H\",\"area\":\"rural\"}|area|must be one of RURAL, URBAN, not rural",
                "{\"ref\":7,\"area\":\"RURAL\"}|ref|must be a string",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"deprivations\":\"WATER\"}|deprivations|must be an array",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"deprivations\":[\"WATER\",\"FOOD\"]}|deprivations[1]|unknown indicator code FOOD",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"members\":[{\"age\":3},{\"age\":\"x\"}]}|members[1].age|must be a whole number",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"members\":[{\"age\":151}]}|members[0].age|must be between 0 and 150",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"members\":[{\"nickname\":\"x\"}]}|members[0].nickname|unknown field",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"members\":[1]}|members[0]|must be an object",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"members\":[{\"healthInsured\":\"yes\"}]}|members[0].healthInsured|must be true or false",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"dwelling\":{\"livingAreaM2\":\"20\"}}|dwelling.livingAreaM2|must be a number",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"dwelling\":{\"garden\":true}}|dwelling.garden|unknown field",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"causes\":[\"LUCK\"]}|causes[0]|must be one of LAND",
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"recognizedClass\":\"MIDDLE\"}|recognizedClass|must be one of POOR, NEAR_POOR, not MIDDLE",
                "{\"area\":\"RURAL\"}|ref|is required",
                "{\"ref\":\"H\"}|area|is required",
            })
    void a_field_problem_names_the_field(String line, String field, String reason) {
        assertThatThrownBy(() -> parser.parse(line)).isInstanceOfSatisfying(LineProblem.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(reason);
        });
    }

    @Test
    void the_ref_is_kept_even_when_it_comes_after_the_faulty_field() {
        assertThatThrownBy(() -> parser.parse("{\"area\":\"RURAL\",\"members\":[{\"x\":{\"y\":[1]}}],\"ref\":\"H-9\"}"))
                .isInstanceOfSatisfying(LineProblem.class, e -> {
                    assertThat(e.ref()).isEqualTo("H-9");
                    assertThat(e.getMessage()).isEqualTo("field members[0].x: unknown field");
                });
    }

    @Test
    void a_field_given_twice_is_an_error() {
        assertThatThrownBy(() -> parser.parse("{\"ref\":\"H\",\"area\":\"RURAL\",\"area\":\"URBAN\"}"))
                .isInstanceOf(LineProblem.class)
                .hasMessageContaining("area");
    }

    @Test
    void text_that_is_not_json_is_an_error_without_a_field() {
        assertThatThrownBy(() -> parser.parse("{\"ref\":\"H-1\",\"area\":RURAL}"))
                .isInstanceOfSatisfying(LineProblem.class, e -> {
                    assertThat(e.field()).isNull();
                    assertThat(e.ref()).isEqualTo("H-1");
                    assertThat(e.message().code()).isEqualTo("line.notJson");
                    assertThat(e.getMessage()).startsWith("not valid JSON");
                });
    }

    @Test
    void a_line_must_hold_exactly_one_object() {
        for (String line : List.of("[1,2]", "\"H\"", "{\"ref\":\"H\",\"area\":\"RURAL\"} {}")) {
            assertThatThrownBy(() -> parser.parse(line)).isInstanceOf(LineProblem.class);
        }
    }

    @Test
    void a_truncated_line_is_an_error() {
        assertThatThrownBy(() -> parser.parse("{\"ref\":\"H\",\"area\":\"RURAL\",\"members\":[{\"age\":3}"))
                .isInstanceOf(LineProblem.class)
                .hasMessageContaining("not valid JSON");
    }
}
