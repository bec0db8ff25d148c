package vn.giamngheo.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.reporting.Report.Column;
import vn.giamngheo.reporting.Report.Table;
import vn.giamngheo.shared.SpreadsheetText;

/**
 * A report form as an Excel workbook in the official layout of administrative report forms: issuer
 * and national motto, title, unit and period, then each table with its header, the column numbering
 * row ("A", "B", "1", "3=2/1") and a row per unit with the total last, then the notes and the
 * signature block. Counts are numbers, rates numbers with two decimals, suppressed cells the text
 * "&lt;5".
 */
final class ReportXlsx {
    private ReportXlsx() {}

    /** Wide forms print on A4 landscape, one page wide, pages numbered. */
    static void printLandscapeOnePageWide(Sheet sheet) {
        org.apache.poi.ss.usermodel.PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getFooter().setCenter("Trang &P/&N");
    }

    /** {@code t}: labels of the layout (Vietnamese for the official form). */
    static byte[] write(Report report, BiFunction<String, Object[], String> t) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles s = new Styles(wb);
            // the form's Vietnamese title as the sheet's name (Excel allows 31 characters, no []:*?/\\)
            String title = report.title().replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
            Sheet sheet =
                    wb.createSheet(title.length() > 31 ? title.substring(0, 31).trim() : title);
            printLandscapeOnePageWide(sheet);
            int width = 2
                    + report.tables().stream()
                            .mapToInt(tb -> tb.columns().size())
                            .max()
                            .orElse(1);
            int r = 0;
            Row top = sheet.createRow(r++);
            put(top, 0, report.issuer(), s.bold);
            put(top, Math.max(3, width - 5), t.apply("report.doc.motto1", new Object[0]), s.bold);
            Row top2 = sheet.createRow(r++);
            put(top2, Math.max(3, width - 5), t.apply("report.doc.motto2", new Object[0]), s.bold);
            r++;
            r = title(sheet, r, report.title().toUpperCase(OFFICIAL_LOCALE), s.title, width);
            r = title(sheet, r, t.apply("report.doc.unit", new Object[] {report.unitName()}), s.centered, width);
            r = title(sheet, r, report.period(), s.centered, width);
            for (Table table : report.tables()) {
                r++;
                put(sheet.createRow(r++), 0, table.title(), s.bold);
                Row header = sheet.createRow(r++);
                put(header, 0, t.apply("report.col.order", new Object[0]), s.header);
                put(header, 1, t.apply("report.col.unit", new Object[0]), s.header);
                Row numbers = sheet.createRow(r++);
                put(numbers, 0, "A", s.header);
                put(numbers, 1, "B", s.header);
                for (int c = 0; c < table.columns().size(); c++) {
                    put(header, c + 2, table.columns().get(c).label(), s.header);
                    put(numbers, c + 2, table.columns().get(c).number(), s.header);
                }
                int order = 1;
                for (Report.Row row : table.rows()) {
                    Row x = sheet.createRow(r++);
                    put(x, 0, row.total() ? "" : Integer.toString(order++), row.total() ? s.totalText : s.text);
                    put(
                            x,
                            1,
                            row.total() ? t.apply("report.row.total", new Object[] {row.name()}) : row.name(),
                            row.total() ? s.totalText : s.text);
                    for (int c = 0; c < row.cells().size(); c++) {
                        value(x, c + 2, row.cells().get(c), table.columns().get(c), s, row.total());
                    }
                }
            }
            r++;
            for (String note : report.notes()) {
                put(sheet.createRow(r++), 0, note, s.italic);
            }
            r++;
            Row sign = sheet.createRow(r++);
            put(sign, 1, t.apply("report.doc.preparer", new Object[0]), s.bold);
            put(sign, Math.max(3, width - 5), t.apply("report.doc.head", new Object[0]), s.bold);
            Row hint = sheet.createRow(r);
            put(hint, 1, t.apply("report.doc.preparerHint", new Object[0]), s.italic);
            put(hint, Math.max(3, width - 5), t.apply("report.doc.headHint", new Object[0]), s.italic);
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 32 * 256);
            for (int c = 2; c < width; c++) {
                sheet.setColumnWidth(c, 13 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final java.util.Locale OFFICIAL_LOCALE = Reports.OFFICIAL;

    private static int title(Sheet sheet, int r, String text, CellStyle style, int width) {
        put(sheet.createRow(r), 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, Math.max(1, width - 1)));
        return r + 1;
    }

    private static void value(Row row, int c, Report.Cell cell, Column column, Styles s, boolean total) {
        if (cell.suppressed() || cell.value() == null || column.kind() == Column.Kind.TEXT) {
            put(row, c, cell.text(), total ? s.totalText : s.text);
            return;
        }
        Cell x = row.createCell(c);
        if (cell.value() instanceof BigDecimal d) {
            x.setCellValue(d.doubleValue());
            x.setCellStyle(total ? s.totalRate : s.rate);
        } else {
            x.setCellValue(((Number) cell.value()).doubleValue());
            x.setCellStyle(total ? s.totalCount : s.count);
        }
    }

    private static void put(Row row, int c, String text, CellStyle style) {
        Cell x = row.createCell(c);
        x.setCellValue(SpreadsheetText.inert(text));
        x.setCellStyle(style);
    }

    /** The few styles of the form; Times New Roman as administrative documents use. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle title;
        final CellStyle centered;
        final CellStyle italic;
        final CellStyle header;
        final CellStyle text;
        final CellStyle totalText;
        final CellStyle count;
        final CellStyle totalCount;
        final CellStyle rate;
        final CellStyle totalRate;

        Styles(XSSFWorkbook wb) {
            Font plain = font(wb, false, false, 11);
            Font strong = font(wb, true, false, 11);
            bold = style(wb, strong, false, null);
            title = style(wb, font(wb, true, false, 13), false, HorizontalAlignment.CENTER);
            centered = style(wb, plain, false, HorizontalAlignment.CENTER);
            italic = style(wb, font(wb, false, true, 10), false, null);
            header = style(wb, strong, true, HorizontalAlignment.CENTER);
            header.setWrapText(true);
            text = style(wb, plain, true, null);
            totalText = style(wb, strong, true, null);
            count = style(wb, plain, true, HorizontalAlignment.RIGHT);
            count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            totalCount = style(wb, strong, true, HorizontalAlignment.RIGHT);
            totalCount.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            rate = style(wb, plain, true, HorizontalAlignment.RIGHT);
            rate.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            totalRate = style(wb, strong, true, HorizontalAlignment.RIGHT);
            totalRate.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        }

        private static Font font(XSSFWorkbook wb, boolean bold, boolean italic, int points) {
            Font f = wb.createFont();
            f.setFontName("Times New Roman");
            f.setBold(bold);
            f.setItalic(italic);
            f.setFontHeightInPoints((short) points);
            return f;
        }

        private static CellStyle style(XSSFWorkbook wb, Font font, boolean border, HorizontalAlignment align) {
            CellStyle st = wb.createCellStyle();
            st.setFont(font);
            st.setVerticalAlignment(VerticalAlignment.CENTER);
            if (align != null) {
                st.setAlignment(align);
            }
            if (border) {
                for (var b : List.<java.util.function.Consumer<BorderStyle>>of(
                        st::setBorderTop, st::setBorderBottom, st::setBorderLeft, st::setBorderRight)) {
                    b.accept(BorderStyle.THIN);
                }
            }
            return st;
        }
    }
}
