package vn.giamngheo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {
    @Test
    void everyFormulaLeadingCharacterGetsAnApostrophe() {
        for (String lead : new String[] {"=", "+", "-", "@", "\t", "\r"}) {
            assertThat(SpreadsheetText.inert(lead + "HYPERLINK(\"http://x\")"))
                    .isEqualTo("'" + lead + "HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void ordinaryTextIsKeptAsItIs() {
        assertThat(SpreadsheetText.inert("Xã Xuân Bái")).isEqualTo("Xã Xuân Bái");
        assertThat(SpreadsheetText.inert("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetText.inert("")).isEmpty();
        assertThat(SpreadsheetText.inert(null)).isNull();
    }

    @Test
    void aCsvFieldIsQuotedWithQuotesDoubledAndMadeInert() {
        assertThat(SpreadsheetText.csvField("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(SpreadsheetText.csvField("Thôn \"Mới\"")).isEqualTo("\"Thôn \"\"Mới\"\"\"");
        assertThat(SpreadsheetText.csvField(null)).isEmpty();
    }
}
