package vn.giamngheo.review.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.giamngheo.review.ReviewListDocument;

class ReviewListXlsxTest {
    static XSSFWorkbook workbook(ReviewListDocument list) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewListXlsx.write(list, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static List<String> row(XSSFSheet sheet, int index) {
        DataFormatter format = new DataFormatter();
        List<String> values = new ArrayList<>();
        Row row = sheet.getRow(index);
        for (int i = 0; i < ReviewListLayout.COLUMNS.size(); i++) {
            Cell cell = row == null ? null : row.getCell(i);
            values.add(cell == null ? "" : PdfTextOf.nfc(format.formatCellValue(cell)));
        }
        return values;
    }

    @Test
    void theWorkbookHoldsTheTitleBlockHeadersNumberingRowsAndTotals() throws IOException {
        try (XSSFWorkbook workbook = workbook(ReviewLists.poorList())) {
            XSSFSheet sheet = workbook.getSheet("Danh sách");

            assertThat(row(sheet, 0)).startsWith("ỦY BAN NHÂN DÂN").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(row(sheet, 1)).startsWith("XÃ THỌ XUÂN").contains("Độc lập - Tự do - Hạnh phúc");
            assertThat(row(sheet, 3).get(0)).isEqualTo("DANH SÁCH HỘ NGHÈO NĂM 2025");
            assertThat(row(sheet, 4).get(0)).isEqualTo("Tỉnh: Thanh Hóa     Xã: Thọ Xuân");
            assertThat(row(sheet, 5).get(0)).isEqualTo("Năm 2025 – Chuẩn nghèo áp dụng: NĐ 07/2021/NĐ-CP");
            assertThat(row(sheet, 6))
                    .containsExactly(
                            "STT",
                            "Mã hộ",
                            "Họ và tên chủ hộ",
                            "Thôn, tổ dân phố",
                            "Số định danh cá nhân của chủ hộ",
                            "Số nhân khẩu",
                            "Phân loại hộ",
                            "Diễn biến so với kỳ trước",
                            "Chỉ số thiếu hụt");
            assertThat(row(sheet, 7)).containsExactly("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)");
            assertThat(row(sheet, 8))
                    .containsExactly(
                            "1",
                            "TX-001",
                            "Nguyễn Thị Hường",
                            "Đăk Ang",
                            "038185000123",
                            "4",
                            "Hộ nghèo",
                            "Không thay đổi",
                            "Bảo hiểm y tế; Nguồn nước sinh hoạt");
            assertThat(row(sheet, 9))
                    .containsExactly(
                            "2",
                            "TX-002",
                            "Ưng Văn Thọ",
                            "Thôn Ỷ La",
                            "038185000456",
                            "3",
                            "Hộ nghèo",
                            "Nghèo phát sinh",
                            "Diện tích nhà ở bình quân đầu người; Nhà tiêu hợp vệ sinh; Phương tiện phục vụ tiếp cận thông tin");
            assertThat(row(sheet, 10)).contains("Lò Thị Ỷ", "Tái nghèo");
            assertThat(row(sheet, 11)).containsExactly("Tổng cộng", "", "3 hộ", "", "", "12", "", "", "");
            assertThat(sheet.getRow(11).getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(11).getCell(5).getNumericCellValue()).isEqualTo(12);
            assertThat(sheet.getRow(8).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row(sheet, 13)).contains("Thọ Xuân, ngày …… tháng …… năm ……");
            assertThat(row(sheet, 14)).contains("Người lập biểu", "TM. ỦY BAN NHÂN DÂN");
            assertThat(row(sheet, 15)).contains("CHỦ TỊCH");
        }
    }

    @Test
    void theHeaderIsFrozenAndThePrintIsLandscapeFittedToTheWidth() throws IOException {
        try (XSSFWorkbook workbook = workbook(ReviewLists.poorList())) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 8);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("7:8");
            assertThat(sheet.getColumnWidth(2)).isEqualTo(26 * 256);
        }
    }

    @Test
    void thePostingListKeepsTheMaskedIdNumbersAndNamesTheDistrict() throws IOException {
        try (XSSFWorkbook workbook = workbook(ReviewLists.postingList())) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(row(sheet, 4).get(0)).isEqualTo("Tỉnh: Thanh Hóa     Huyện: Thọ Xuân     Phường: Ba Đình");
            assertThat(row(sheet, 5).get(0)).contains("Danh sách niêm yết công khai");
            assertThat(row(sheet, 8).get(4)).isEqualTo("********0123");
        }
    }
}
