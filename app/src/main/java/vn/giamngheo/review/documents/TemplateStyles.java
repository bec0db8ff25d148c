package vn.giamngheo.review.documents;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of the survey template, made once per workbook. */
final class TemplateStyles {
    final CellStyle title;
    final CellStyle note;
    final CellStyle group;
    final CellStyle header;
    final CellStyle numbering;
    final CellStyle field;
    /** Text columns: stored as text, so "001" keeps its zeros. */
    final CellStyle text;

    final CellStyle value;
    final CellStyle wrapped;

    TemplateStyles(XSSFWorkbook workbook) {
        Font regular = font(workbook, false, false, 11);
        Font bold = font(workbook, true, false, 11);
        Font italic = font(workbook, false, true, 10);
        title = style(workbook, font(workbook, true, false, 14), HorizontalAlignment.LEFT, false);
        note = style(workbook, italic, HorizontalAlignment.LEFT, false);
        group = boxed(style(workbook, bold, HorizontalAlignment.CENTER, true));
        group.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header = boxed(style(workbook, bold, HorizontalAlignment.CENTER, true));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        numbering = boxed(style(workbook, italic, HorizontalAlignment.CENTER, false));
        field = style(workbook, font(workbook, false, false, 8), HorizontalAlignment.CENTER, false);
        text = style(workbook, regular, HorizontalAlignment.LEFT, false);
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        value = style(workbook, regular, HorizontalAlignment.CENTER, false);
        wrapped = style(workbook, regular, HorizontalAlignment.LEFT, true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }

    void title(Sheet sheet, int row, String text) {
        cell(row(sheet, row), 0, text, title);
    }

    void note(Sheet sheet, int row, String text) {
        cell(row(sheet, row), 0, text, note);
    }

    void boxed(Row row, int column, String text, CellStyle style) {
        cell(row, column, text, style);
    }

    static Cell cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }

    static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int points) {
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private static CellStyle style(XSSFWorkbook workbook, Font font, HorizontalAlignment align, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(wrap);
        return style;
    }

    private static CellStyle boxed(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
