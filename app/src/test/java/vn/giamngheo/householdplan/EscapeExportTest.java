package vn.giamngheo.householdplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class EscapeExportTest {
    private static final EscapeList LIST = new EscapeList(
            1,
            "Xã Thử",
            2025,
            List.of(
                    new EscapeRow(
                            1,
                            11,
                            "T-1",
                            "=Nguyễn Văn Một",
                            "1",
                            "POOR",
                            true,
                            "CADRE",
                            "Lê Giúp",
                            true,
                            "Vay vốn",
                            false),
                    new EscapeRow(2, 12, "T-2", "Trần Thị Hai", "2", "POOR", false, null, null, false, null, true)),
            1,
            1,
            0,
            null,
            new HitRate(1, "Xã Thử", 2, 1, 1, false));

    private static EscapeExport export() {
        StaticMessageSource m = new StaticMessageSource();
        m.setUseCodeAsDefaultMessage(true);
        m.addMessage("householdplan.escape.title", new Locale("vi"), "Danh sách hộ có khả năng thoát nghèo năm {0}");
        return new EscapeExport(m);
    }

    @Test
    void theExcelListSplitsByLabourAndKeepsNamesInert() throws Exception {
        byte[] xlsx = export().xlsx(LIST, new Locale("vi"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Danh sách hộ có khả năng thoát nghèo năm 2025");
            List<String> heads = new ArrayList<>();
            wb.getSheetAt(0).forEach(row -> {
                if (row.getCell(2) != null) {
                    heads.add(row.getCell(2).getStringCellValue());
                }
            });
            assertThat(heads).contains("'=Nguyễn Văn Một", "Trần Thị Hai");
            assertThat(heads.indexOf("'=Nguyễn Văn Một")).isLessThan(heads.indexOf("Trần Thị Hai"));
        }
    }

    @Test
    void thePdfIsAPdf() {
        byte[] pdf = export().pdf(LIST, new Locale("vi"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
