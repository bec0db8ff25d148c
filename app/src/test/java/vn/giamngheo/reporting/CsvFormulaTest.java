package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFormulaTest {
    @Test
    void theIndicatorCsvWritesAFormulaLikeUnitCodeAsText() {
        assertThat(IndicatorExport.csvField("@SUM(A1:A9)")).isEqualTo("\"'@SUM(A1:A9)\"");
        assertThat(IndicatorExport.csvField("-1+2")).isEqualTo("\"'-1+2\"");
        assertThat(IndicatorExport.csvField("38")).isEqualTo("38");
        assertThat(IndicatorExport.csvField("<5")).isEqualTo("\"<5\"");
    }

    @Test
    void theDashboardCsvWritesAUnitNameThatLooksLikeAFormulaAsText() {
        assertThat(Dashboard.quote("+cmd|' /C calc'!A0")).isEqualTo("\"'+cmd|' /C calc'!A0\"");
    }
}
