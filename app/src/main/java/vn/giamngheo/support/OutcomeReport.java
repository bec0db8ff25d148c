package vn.giamngheo.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.shared.SpreadsheetText;

/**
 * The outcomes of support as an Excel workbook: one sheet per breakdown (the unit and the units below
 * it, contents, sub-projects) and, for a reader of households, the supported households that fell
 * back. Headings worded from the bundles ({@code words}); names typed by people go in inert.
 */
final class OutcomeReport {
    static final List<String> LINE_HEADINGS = List.of(
            "support.outcome.col.supported",
            "support.outcome.col.listed",
            "support.outcome.col.base1",
            "support.outcome.col.escaped1",
            "support.outcome.col.rate1",
            "support.outcome.col.base2",
            "support.outcome.col.escaped2",
            "support.outcome.col.rate2",
            "support.outcome.col.cost1",
            "support.outcome.col.cost2",
            "support.outcome.col.fellBack",
            "support.outcome.col.spent");
    static final List<String> HOUSEHOLD_HEADINGS = List.of(
            "support.col.household",
            "support.outcome.col.head",
            "households.unit",
            "support.outcome.col.first",
            "support.outcome.col.fellBackYear",
            "support.outcome.col.spent",
            "support.outcome.col.classes");

    private OutcomeReport() {}

    static byte[] xlsx(OutcomeTable t, List<OutcomeHousehold> fellBack, Function<String, String> words) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            bold.setWrapText(true);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle rate = wb.createCellStyle();
            rate.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            Styles s = new Styles(bold, money, rate);
            List<OutcomeLine> first = new java.util.ArrayList<>();
            first.add(t.total());
            first.addAll(t.byUnit());
            lines(wb, words.apply("support.outcome.sheet.units"), t, "households.unit", first, words, s);
            lines(wb, words.apply("support.outcome.sheet.contents"), t, "support.col.content", t.byContent(), words, s);
            lines(
                    wb,
                    words.apply("support.outcome.sheet.components"),
                    t,
                    "support.grant.component",
                    t.byComponent(),
                    words,
                    s);
            if (fellBack != null) {
                Sheet sheet = wb.createSheet(words.apply("support.outcome.sheet.fellBack"));
                int r = title(sheet, t, words);
                Row head = sheet.createRow(r++);
                for (int c = 0; c < HOUSEHOLD_HEADINGS.size(); c++) {
                    cell(head, c, words.apply(HOUSEHOLD_HEADINGS.get(c)), bold);
                }
                for (OutcomeHousehold h : fellBack) {
                    Row x = sheet.createRow(r++);
                    x.createCell(0).setCellValue(SpreadsheetText.inert(h.code()));
                    x.createCell(1).setCellValue(SpreadsheetText.inert(h.headName()));
                    x.createCell(2).setCellValue(SpreadsheetText.inert(h.commune()));
                    x.createCell(3).setCellValue(h.firstYear() + " (" + words.apply("class." + h.firstClass()) + ")");
                    if (h.fellBackYear() != null) {
                        x.createCell(4).setCellValue(h.fellBackYear());
                    }
                    x.createCell(5).setCellValue(h.spent());
                    x.getCell(5).setCellStyle(money);
                    StringBuilder years = new StringBuilder();
                    for (Map.Entry<Integer, String> e : h.classes().entrySet()) {
                        years.append(years.isEmpty() ? "" : "; ")
                                .append(e.getKey())
                                .append(": ")
                                .append(words.apply("class." + e.getValue()));
                    }
                    x.createCell(6).setCellValue(years.toString());
                }
                sheet.setColumnWidth(1, 28 * 256);
                sheet.setColumnWidth(6, 60 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle bold, CellStyle money, CellStyle rate) {}

    private static void lines(
            XSSFWorkbook wb,
            String name,
            OutcomeTable t,
            String firstHeading,
            List<OutcomeLine> lines,
            Function<String, String> words,
            Styles s) {
        Sheet sheet = wb.createSheet(name);
        int r = title(sheet, t, words);
        Row head = sheet.createRow(r++);
        cell(head, 0, words.apply(firstHeading), s.bold());
        for (int c = 0; c < LINE_HEADINGS.size(); c++) {
            cell(head, c + 1, words.apply(LINE_HEADINGS.get(c)), s.bold());
        }
        String none = words.apply("support.outcome.noHousehold");
        for (OutcomeLine l : lines) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue(SpreadsheetText.inert(l.name() == null ? l.key() : l.name()));
            long[] counts = {l.supported(), l.households(), l.base1(), l.escaped1()};
            for (int c = 0; c < counts.length; c++) {
                x.createCell(c + 1).setCellValue(counts[c]);
            }
            rate(x, 5, l.rate1(), none, s);
            x.createCell(6).setCellValue(l.base2());
            x.createCell(7).setCellValue(l.escaped2());
            rate(x, 8, l.rate2(), none, s);
            money(x, 9, l.costPerEscaped1(), none, s);
            money(x, 10, l.costPerEscaped2(), none, s);
            x.createCell(11).setCellValue(l.fellBack());
            money(x, 12, l.spent(), none, s);
        }
        sheet.setColumnWidth(0, 40 * 256);
        for (int c = 1; c <= LINE_HEADINGS.size(); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private static int title(Sheet sheet, OutcomeTable t, Function<String, String> words) {
        sheet.createRow(0).createCell(0).setCellValue(SpreadsheetText.inert(t.unitName()));
        sheet.createRow(1).createCell(0).setCellValue(words.apply("support.outcome.heading"));
        sheet.createRow(2).createCell(0).setCellValue(words.apply("support.outcome.basis"));
        return 4;
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        row.createCell(c).setCellValue(text);
        row.getCell(c).setCellStyle(style);
    }

    private static void rate(Row x, int c, BigDecimal v, String none, Styles s) {
        if (v == null) {
            x.createCell(c).setCellValue(none);
        } else {
            x.createCell(c).setCellValue(v.doubleValue());
            x.getCell(c).setCellStyle(s.rate());
        }
    }

    private static void money(Row x, int c, Long v, String none, Styles s) {
        if (v == null) {
            x.createCell(c).setCellValue(none);
        } else {
            x.createCell(c).setCellValue(v);
            x.getCell(c).setCellStyle(s.money());
        }
    }
}
