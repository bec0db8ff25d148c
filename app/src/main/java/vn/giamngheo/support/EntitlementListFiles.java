package vn.giamngheo.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.shared.SpreadsheetText;

/**
 * An entitlement list as an Excel workbook for the agency that acts on it. For health insurance it
 * carries the facts a card needs that the commune holds (name, birth year, sex, ID number, address,
 * household code, poor / near-poor group, the share the budget pays) under a heading that says the
 * social-insurance office's own import layout is not determined (our notes do not give it:
 * docs/domain/support.md); for the others the household, its head and the amount. Headings come
 * worded from the bundles; every stored text goes in inert (SpreadsheetText).
 */
final class EntitlementListFiles {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private EntitlementListFiles() {}

    static List<String> headings(boolean health) {
        List<String> h = new ArrayList<>(List.of(
                "support.list.col.no",
                "support.list.col.household",
                "support.list.col.name",
                "support.list.col.birthYear",
                "support.list.col.sex",
                "support.list.col.citizenId",
                "support.list.col.address",
                "support.list.col.group"));
        if (health) {
            h.add("support.list.col.share");
        }
        h.add("support.list.col.amount");
        return h;
    }

    static byte[] xlsx(EntitlementListReads.Export e, Function<String, String> words) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SpreadsheetText.inert(words.apply("support.list.sheet")));
            CellStyle bordered = wb.createCellStyle();
            bordered.setBorderBottom(BorderStyle.THIN);
            bordered.setBorderTop(BorderStyle.THIN);
            bordered.setBorderLeft(BorderStyle.THIN);
            bordered.setBorderRight(BorderStyle.THIN);
            bordered.setWrapText(true);
            CellStyle money = wb.createCellStyle();
            money.cloneStyleFrom(bordered);
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            var l = e.list();
            int r = 0;
            r = line(sheet, r, l.unitName());
            r = line(sheet, r, words.apply("support.list.heading") + " " + l.contentName());
            r = line(
                    sheet,
                    r,
                    words.apply("support.list.period") + ": " + l.periodFrom().format(DAY) + " – "
                            + (l.periodEnd() == null ? "…" : l.periodEnd().format(DAY)));
            r = line(
                    sheet,
                    r,
                    words.apply("support.list.decision") + ": " + l.decision() + " ("
                            + l.decisionDate().format(DAY) + ")");
            if (e.healthInsurance()) {
                r = line(sheet, r, words.apply("support.list.bhytLayout"));
            }
            if (e.publicCopy()) {
                r = line(sheet, r, words.apply("support.list.publicCopy"));
            }
            r++;
            List<String> headings = headings(e.healthInsurance());
            Row head = sheet.createRow(r++);
            for (int c = 0; c < headings.size(); c++) {
                head.createCell(c).setCellValue(words.apply(headings.get(c)));
                head.getCell(c).setCellStyle(bordered);
            }
            long total = 0;
            for (EntitlementListReads.ExportRow row : e.rows()) {
                Row x = sheet.createRow(r++);
                int c = 0;
                x.createCell(c).setCellValue(row.no());
                x.getCell(c++).setCellStyle(bordered);
                c = text(x, c, row.householdCode(), bordered);
                c = text(x, c, row.name(), bordered);
                c = text(x, c, row.birthYear() == null ? "" : row.birthYear().toString(), bordered);
                c = text(x, c, row.sex() == null ? "" : words.apply("sex." + row.sex()), bordered);
                c = text(x, c, row.citizenId(), bordered);
                c = text(x, c, row.address(), bordered);
                c = text(
                        x,
                        c,
                        row.householdClass() == null ? "" : words.apply("class." + row.householdClass()),
                        bordered);
                if (e.healthInsurance()) {
                    c = text(
                            x,
                            c,
                            row.budgetSharePercent() == null
                                    ? words.apply("support.list.notDetermined")
                                    : row.budgetSharePercent() + " %",
                            bordered);
                }
                x.createCell(c).setCellValue(row.amount());
                x.getCell(c).setCellStyle(money);
                total += row.amount();
            }
            Row sum = sheet.createRow(r);
            sum.createCell(headings.size() - 2).setCellValue(words.apply("support.pay.total"));
            sum.createCell(headings.size() - 1).setCellValue(total);
            sum.getCell(headings.size() - 1).setCellStyle(money);
            int[] widths = {6, 14, 26, 9, 8, 18, 30, 14, 12, 14};
            for (int c = 0; c < headings.size(); c++) {
                sheet.setColumnWidth(c, widths[Math.min(c, widths.length - 1)] * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static int line(Sheet sheet, int r, String text) {
        sheet.createRow(r).createCell(0).setCellValue(SpreadsheetText.inert(text));
        return r + 1;
    }

    private static int text(Row row, int column, String value, CellStyle style) {
        row.createCell(column).setCellValue(SpreadsheetText.inert(value == null ? "" : value));
        row.getCell(column).setCellStyle(style);
        return column + 1;
    }
}
