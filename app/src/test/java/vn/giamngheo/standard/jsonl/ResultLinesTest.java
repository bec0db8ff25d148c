package vn.giamngheo.standard.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.standard.Area;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.Figure;
import vn.giamngheo.standard.HouseholdClass;
import vn.giamngheo.standard.Indicator;
import vn.giamngheo.standard.IndicatorSet;
import vn.giamngheo.standard.Reason;

/** Result and error lines exactly as docs/domain/household-format.md's "Result line". */
class ResultLinesTest {

    @Test
    void a_result_line_has_the_fields_of_the_format_in_its_order() {
        Classification c = new Classification(
                "ND07_2021",
                1,
                HouseholdClass.POOR,
                IndicatorSet.of(Indicator.WATER, Indicator.HEALTH_INSURANCE, Indicator.HOUSING_AREA),
                IndicatorSet.EMPTY,
                List.of(
                        new Reason.IncomeVersusLine(
                                1_420_000, Area.RURAL, Reason.LineKind.LINE, Figure.firm(1_500_000)),
                        new Reason.DeprivationCount(3, 3, IndicatorSet.EMPTY)),
                List.of());

        assertThat(ResultLines.result("H-001", c))
                .isEqualTo(
                        "{\"ref\":\"H-001\",\"standard\":\"ND07_2021\",\"standardVersion\":1,\"classification\":\"POOR\","
                                + "\"deprivations\":[\"HEALTH_INSURANCE\",\"HOUSING_AREA\",\"WATER\"],\"deprivedCount\":3,"
                                + "\"reasons\":[\"income 1,420,000 ≤ rural line 1,500,000\",\"3 indicators deprived ≥ 3\"],"
                                + "\"warnings\":[]}");
    }

    @Test
    void an_error_line_carries_the_ref_or_null() {
        StringBuilder out = new StringBuilder();
        ResultLines.appendError(out, "H-1", "field area: is required");
        out.append('\n');
        ResultLines.appendError(out, null, "not valid JSON");

        assertThat(out.toString())
                .isEqualTo(
                        "{\"ref\":\"H-1\",\"error\":\"field area: is required\"}\n{\"ref\":null,\"error\":\"not valid JSON\"}");
    }

    @Test
    void quotes_backslashes_and_control_characters_are_escaped_and_vietnamese_is_kept() {
        StringBuilder out = new StringBuilder();
        ResultLines.appendString(out, "Hộ \"Bà\" \\ a\tb\nc\u0001");

        assertThat(out.toString()).isEqualTo("\"Hộ \\\"Bà\\\" \\\\ a\\tb\\nc\\u0001\"");
    }
}
