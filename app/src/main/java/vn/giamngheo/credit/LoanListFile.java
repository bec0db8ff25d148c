package vn.giamngheo.credit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.shared.SpreadsheetText;

/**
 * A unit's loan list as an Excel workbook, past due first as the page shows it, with the columns of
 * the bank's own list (so it reads back through the import) and the household's head and class.
 * Headings come worded from the bundles; every stored text goes in inert (SpreadsheetText).
 */
final class LoanListFile {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final List<String> HEADINGS = List.of(
            "credit.contractNo",
            "credit.householdCode",
            "credit.headName",
            "credit.householdClass",
            "credit.program",
            "credit.amountDong",
            "credit.purpose",
            "credit.termMonthsLabel",
            "credit.rateLabel",
            "credit.entruster",
            "credit.savingsGroup",
            "credit.disbursedOn",
            "credit.dueOn",
            "credit.status",
            "credit.statusOn",
            "credit.outstanding",
            "credit.pastDueColumn");

    private LoanListFile() {}

    static byte[] xlsx(String title, List<Loan> loans, Function<String, String> words) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SpreadsheetText.inert(words.apply("credit.list.title")));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(SpreadsheetText.inert(title));
            r++;
            Row head = sheet.createRow(r++);
            for (int c = 0; c < HEADINGS.size(); c++) {
                head.createCell(c).setCellValue(words.apply(HEADINGS.get(c)));
            }
            for (Loan l : loans) {
                Row x = sheet.createRow(r++);
                int c = 0;
                c = text(x, c, l.contractNo());
                c = text(x, c, l.householdCode());
                c = text(x, c, l.headName());
                c = text(
                        x,
                        c,
                        l.householdClass() == null
                                ? words.apply("credit.notListed")
                                : words.apply("class." + l.householdClass()));
                c = text(x, c, words.apply("credit.program." + l.program().name()));
                x.createCell(c).setCellValue(l.amount());
                x.getCell(c++).setCellStyle(money);
                c = text(x, c, l.purpose());
                x.createCell(c++).setCellValue(l.termMonths());
                c = text(x, c, LoanRules.percent(l.rate()));
                c = text(x, c, words.apply("credit.entruster." + l.entruster().name()));
                c = text(x, c, l.savingsGroup());
                c = text(x, c, l.disbursedOn().format(DAY));
                c = text(x, c, l.dueOn().format(DAY));
                c = text(x, c, words.apply("credit.status." + l.status().name()));
                c = text(x, c, l.statusOn().format(DAY));
                x.createCell(c).setCellValue(l.outstanding());
                x.getCell(c++).setCellStyle(money);
                text(x, c, l.pastDue() ? words.apply("credit.pastDueYes") : "");
            }
            int[] widths = {14, 14, 24, 18, 24, 14, 28, 10, 10, 22, 22, 12, 12, 14, 12, 14, 10};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int text(Row row, int column, String value) {
        row.createCell(column).setCellValue(SpreadsheetText.inert(value == null ? "" : value));
        return column + 1;
    }
}
