package vn.giamngheo.review.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.giamngheo.review.ReviewListDocument;
import vn.giamngheo.review.ReviewListRow;
import vn.giamngheo.shared.SpreadsheetText;

/**
 * A review list as an Excel workbook in the layout of the PDF: the committee and the motto, the
 * title block, the header and numbering rows (frozen, and repeated on every printed page), one row
 * per household, the totals and the signature blocks; printed A4 landscape, fitted to the page
 * width. Written through POI's streaming workbook, so a province-wide list needs little memory.
 */
public final class ReviewListXlsx {
    static final String SHEET = "Danh sách";
    /** 0-based index of the column header row; the numbering row follows it. */
    static final int HEADER_ROW = 6;

    private ReviewListXlsx() {}

    public static void write(ReviewListDocument list, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            List<ReviewListLayout.Column> columns = ReviewListLayout.COLUMNS;
            int last = columns.size() - 1;
            for (int i = 0; i <= last; i++) {
                sheet.setColumnWidth(i, columns.get(i).xlsxChars() * 256);
            }

            text(sheet, 0, 0, 2, "ỦY BAN NHÂN DÂN", styles.centered);
            text(sheet, 0, 4, last, PdfBlocks.MOTTO_1, styles.centeredBold);
            text(sheet, 1, 0, 2, ReviewListLayout.issuer(list), styles.centeredBold);
            text(sheet, 1, 4, last, PdfBlocks.MOTTO_2, styles.centeredBold);
            text(sheet, 3, 0, last, ReviewListLayout.title(list), styles.title);
            text(sheet, 4, 0, last, ReviewListLayout.unitLine(list), styles.centered);
            String note = ReviewListLayout.postingNote(list);
            String yearLine = ReviewListLayout.yearLine(list);
            text(sheet, 5, 0, last, note == null ? yearLine : yearLine + ". " + note, styles.centered);

            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(45);
            Row numbering = sheet.createRow(HEADER_ROW + 1);
            for (int i = 0; i <= last; i++) {
                cell(header, i, styles.header).setCellValue(columns.get(i).header());
                cell(numbering, i, styles.numbering)
                        .setCellValue(ReviewListLayout.numbering().get(i));
            }

            int r = HEADER_ROW + 2;
            for (ReviewListRow row : ReviewListLayout.rows(list)) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i <= last; i++) {
                    ReviewListLayout.Column column = columns.get(i);
                    Object value = column.value().apply(row);
                    if (column.number() && value instanceof Number n) {
                        cell(line, i, styles.number).setCellValue(n.doubleValue());
                    } else {
                        cell(line, i, styles.body).setCellValue(SpreadsheetText.inert(ReviewListLayout.text(value)));
                    }
                }
            }

            Row total = sheet.createRow(r);
            for (int i = 0; i <= last; i++) {
                cell(total, i, styles.total);
            }
            total.getCell(0).setCellValue(ReviewListLayout.TOTAL_LABEL);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, ReviewListLayout.TOTAL_LABEL_SPAN - 1));
            total.getCell(ReviewListLayout.TOTAL_HOUSEHOLDS_COLUMN).setCellStyle(styles.totalHouseholds);
            total.getCell(ReviewListLayout.TOTAL_HOUSEHOLDS_COLUMN).setCellValue(ReviewListLayout.households(list));
            total.getCell(ReviewListLayout.TOTAL_MEMBERS_COLUMN).setCellValue(ReviewListLayout.members(list));

            int sign = r + 2;
            text(sheet, sign, 5, last, PdfText.placeAndDate(list.communeName(), null), styles.italic);
            text(sheet, sign + 1, 0, 2, ReviewListLayout.PREPARER, styles.centeredBold);
            text(sheet, sign + 1, 5, last, ReviewListLayout.COMMITTEE.get(0), styles.centeredBold);
            text(sheet, sign + 2, 0, 2, ReviewListLayout.PREPARER_HINT, styles.italic);
            text(sheet, sign + 2, 5, last, ReviewListLayout.COMMITTEE.get(1), styles.centeredBold);
            text(sheet, sign + 3, 5, last, ReviewListLayout.COMMITTEE_HINT, styles.italic);

            sheet.createFreezePane(0, HEADER_ROW + 2);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, 0, last));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setHorizontallyCenter(true);
            sheet.getFooter().setCenter("Trang &P/&N");

            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Sheet sheet, int row, int from, int to, String value, CellStyle style) {
        Row line = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        cell(line, from, style).setCellValue(SpreadsheetText.inert(PdfText.of(value)));
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
        }
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    /** The few styles of the sheet; a workbook allows a limited number, so they are made once. */
    private static final class Styles {
        final CellStyle centered;
        final CellStyle centeredBold;
        final CellStyle italic;
        final CellStyle title;
        final CellStyle header;
        final CellStyle numbering;
        final CellStyle body;
        final CellStyle number;
        final CellStyle total;
        final CellStyle totalHouseholds;

        Styles(SXSSFWorkbook workbook) {
            Font regular = font(workbook, false, false, 12);
            Font bold = font(workbook, true, false, 12);
            Font italicFont = font(workbook, false, true, 12);
            centered = plain(workbook, regular);
            centeredBold = plain(workbook, bold);
            italic = plain(workbook, italicFont);
            title = plain(workbook, font(workbook, true, false, 14));
            header = boxed(workbook, bold, HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            numbering = boxed(workbook, italicFont, HorizontalAlignment.CENTER);
            body = boxed(workbook, regular, HorizontalAlignment.LEFT);
            body.setWrapText(true);
            number = boxed(workbook, regular, HorizontalAlignment.CENTER);
            total = boxed(workbook, bold, HorizontalAlignment.CENTER);
            totalHouseholds = boxed(workbook, bold, HorizontalAlignment.CENTER);
            totalHouseholds.setDataFormat(workbook.createDataFormat().getFormat("0\" hộ\""));
        }

        private static Font font(SXSSFWorkbook workbook, boolean bold, boolean italic, int points) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private static CellStyle plain(SXSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private static CellStyle boxed(SXSSFWorkbook workbook, Font font, HorizontalAlignment align) {
            CellStyle style = plain(workbook, font);
            style.setAlignment(align);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
