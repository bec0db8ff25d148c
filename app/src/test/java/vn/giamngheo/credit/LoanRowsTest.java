package vn.giamngheo.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput;

class LoanRowsTest {
    /** The words the bundles give (only what the test files use). */
    static final Function<Enum<?>, String> WORDS = e -> switch (e.name()) {
        case "POOR" -> "Hộ nghèo|cho vay hộ nghèo";
        case "NEAR_POOR" -> "Hộ cận nghèo";
        case "FARMERS" -> "Hội Nông dân|HND";
        case "WOMEN" -> "Hội Liên hiệp Phụ nữ|Hội Phụ nữ";
        case "OVERDUE" -> "Quá hạn";
        case "REPAID" -> "Đã trả hết";
        default -> "";
    };

    static List<LoanRows.Parsed> csv(String text) {
        return LoanRows.read(LoanFile.read("vay.csv", text.getBytes(StandardCharsets.UTF_8)), WORDS);
    }

    @Test
    void theBanksColumnsAreReadInAnyOrderWithVietnameseWordsAndAmounts() {
        List<LoanRows.Parsed> rows = csv("""
                Số khế ước;Mã hộ;Chương trình;Số tiền vay;Mục đích;Thời hạn (tháng);Lãi suất (%/năm);Hội đoàn thể;Tổ TK&VV;Ngày giải ngân;Trạng thái;Dư nợ
                KU-1;HG-01;Hộ nghèo;50.000.000;Nuôi bò;60;6,6;Hội Nông dân;Tổ thôn 1;15/03/2024;;
                KU-2;HG-02;ho can ngheo;30000000;Trồng keo;36;7,92 %;hoi phu nu;Tổ thôn 2;2024-04-01;Quá hạn;20.000.000
                """);
        assertThat(rows).hasSize(2);
        LoanDraft a = rows.get(0).draft();
        assertThat(a.program()).isEqualTo(LoanProgram.POOR);
        assertThat(a.amount()).isEqualTo(50_000_000);
        assertThat(a.rate()).isEqualByComparingTo("6.6");
        assertThat(a.entruster()).isEqualTo(Entruster.FARMERS);
        assertThat(a.status()).isEqualTo(LoanStatus.CURRENT);
        assertThat(a.outstanding()).isEqualTo(50_000_000);
        assertThat(a.dueOn()).isEqualTo(LocalDate.of(2029, 3, 15));
        LoanDraft b = rows.get(1).draft();
        assertThat(b.program()).isEqualTo(LoanProgram.NEAR_POOR);
        assertThat(b.entruster()).isEqualTo(Entruster.WOMEN);
        assertThat(b.status()).isEqualTo(LoanStatus.OVERDUE);
        assertThat(b.outstanding()).isEqualTo(20_000_000);
        assertThat(b.rate()).isEqualByComparingTo(new BigDecimal("7.92"));
    }

    @Test
    void aBadLineNamesItsLineHouseholdAndEveryBadField() {
        List<LoanRows.Parsed> rows = csv("""
                Mã hộ,Chương trình,Số tiền vay,Mục đích,Thời hạn,Lãi suất,Hội đoàn thể,Tổ tiết kiệm và vay vốn,Ngày giải ngân

                HG-09,Hộ giàu,năm mươi triệu,Nuôi bò,60,6.6,HND,Tổ 1,31/02/2024
                """);
        LoanRows.Parsed bad = rows.get(0);
        assertThat(bad.draft()).isNull();
        assertThat(bad.problems())
                .extracting(p -> p.line() + " " + p.ref() + " " + p.field() + " " + p.code())
                .containsExactly(
                        "3 HG-09 program credit.unknownChoice",
                        "3 HG-09 amount credit.notAmount",
                        "3 HG-09 disbursedOn credit.notDay");
    }

    @Test
    void aMissingRequiredColumnIsNamedOnTheHeadingLine() {
        assertThatThrownBy(() -> csv("Mã hộ;Số tiền vay\nHG-1;1000\n"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(p -> p.line() + " " + p.field())
                        .contains("1 program", "1 rate", "1 disbursedOn"));
    }

    @Test
    void anExcelSheetIsReadWithItsDateCellsAndRowNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Danh sách");
            String[] head = {
                "Mã hộ",
                "Chương trình",
                "Số tiền vay",
                "Mục đích",
                "Thời hạn (tháng)",
                "Lãi suất",
                "Hội đoàn thể",
                "Tổ TK&VV",
                "Ngày giải ngân"
            };
            var h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            var r = sheet.createRow(4);
            r.createCell(0).setCellValue("HG-05");
            r.createCell(1).setCellValue("POOR");
            r.createCell(2).setCellValue(40_000_000d);
            r.createCell(3).setCellValue("Nuôi lợn");
            r.createCell(4).setCellValue(48d);
            r.createCell(5).setCellValue(6.6d);
            r.createCell(6).setCellValue("FARMERS");
            r.createCell(7).setCellValue("Tổ 3");
            var date = r.createCell(8);
            date.setCellValue(LocalDate.of(2024, 5, 20));
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            book.write(out);
        }
        List<LoanRows.Parsed> rows = LoanRows.read(LoanFile.read("vay.xlsx", out.toByteArray()), WORDS);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).line()).isEqualTo(5);
        assertThat(rows.get(0).draft().disbursedOn()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(rows.get(0).draft().amount()).isEqualTo(40_000_000);
        assertThat(rows.get(0).draft().termMonths()).isEqualTo(48);
    }

    @Test
    void aFileThatIsNeitherCsvNorExcelIsRefusedInVietnamese() {
        byte[] zipLike = {'P', 'K', 3, 4, 0, 0, 0};
        assertThatThrownBy(() -> LoanFile.read("vay.xlsx", zipLike))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e ->
                        assertThat(((InvalidInput) e).problems().get(0).code()).isEqualTo("credit.fileUnreadable"));
    }
}
