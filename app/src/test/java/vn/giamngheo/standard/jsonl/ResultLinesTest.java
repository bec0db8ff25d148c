package vn.giamngheo.standard.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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
        Utf8Text out = new Utf8Text(16);
        ResultLines.appendError(out, "H-1", "field area: is required");
        out.ascii('\n');
        ResultLines.appendError(out, null, "not valid JSON");

        assertThat(out.toString())
                .isEqualTo(
                        "{\"ref\":\"H-1\",\"error\":\"field area: is required\"}\n{\"ref\":null,\"error\":\"not valid JSON\"}");
    }

    @Test
    void quotes_backslashes_and_control_characters_are_escaped_and_vietnamese_is_kept() {
        Utf8Text out = new Utf8Text(16);
        out.jsonString("Hộ \"Bà\" \\ a\tb\nc\u0001");

        assertThat(out.toString()).isEqualTo("\"Hộ \\\"Bà\\\" \\\\ a\\tb\\nc\\u0001\"");
    }

    @Test
    void strings_are_encoded_as_java_encodes_them_whatever_their_length_or_script() {
        // a short buffer, so every string makes it grow; escapes late in a long string, a character
        // outside the BMP (a surrogate pair) and a lone surrogate (written '?' as String.getBytes does)
        String[] samples = {
            "",
            "a",
            "≤",
            "Nguyễn Thị Ánh",
            "\"".repeat(40),
            "x".repeat(100) + "\n\t\u0002",
            "chữ 𠀀 Nôm",
            "lẻ \uD800 x",
            "Hộ \"Bà\" ≤ 1.500.000 đ".repeat(30)
        };
        Utf8Text out = new Utf8Text(16);
        StringBuilder expected = new StringBuilder();
        for (String s : samples) {
            out.jsonString(s)
                    .ascii(',')
                    .number(-1234567890123L)
                    .ascii(',')
                    .number(0)
                    .ascii('\n');
            vn.giamngheo.shared.JsonText.appendString(expected, s);
            expected.append(",-1234567890123,0\n");
        }
        out.jsonString(null);
        expected.append("null");

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        assertThatCode(() -> out.writeTo(bytes)).doesNotThrowAnyException();
        assertThat(bytes.toByteArray())
                .isEqualTo(expected.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(out.toString()).isEqualTo(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
