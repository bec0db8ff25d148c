package vn.giamngheo.support;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.shared.SpreadsheetText;

/**
 * What the payment lists and the entitlement lists print alike: the workbook's bordered and money
 * styles, inert text cells (a typed "=" never becomes a formula), the PDF's embedded Liberation Serif
 * (every Vietnamese letter prints), amounts grouped as Vietnamese pages write them (1.234.000), and
 * the signature block of the commune's lists.
 */
final class ListFileParts {
    private ListFileParts() {}

    /** A sheet's two cell styles: bordered and wrapped text, and the same for amounts (#,##0). */
    record Styles(CellStyle bordered, CellStyle money) {
        static Styles of(XSSFWorkbook wb) {
            CellStyle bordered = wb.createCellStyle();
            bordered.setBorderBottom(BorderStyle.THIN);
            bordered.setBorderTop(BorderStyle.THIN);
            bordered.setBorderLeft(BorderStyle.THIN);
            bordered.setBorderRight(BorderStyle.THIN);
            bordered.setWrapText(true);
            CellStyle money = wb.createCellStyle();
            money.cloneStyleFrom(bordered);
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            return new Styles(bordered, money);
        }
    }

    /** A heading line above the table; the next row. */
    static int line(Sheet sheet, int r, String text) {
        sheet.createRow(r).createCell(0).setCellValue(SpreadsheetText.inert(text));
        return r + 1;
    }

    /** A text cell, inert; the next column. */
    static int text(Row row, int column, String value, CellStyle style) {
        row.createCell(column).setCellValue(SpreadsheetText.inert(value == null ? "" : value));
        row.getCell(column).setCellStyle(style);
        return column + 1;
    }

    static String group(long amount) {
        return String.format(java.util.Locale.GERMANY, "%,d", amount);
    }

    static BaseFont font(String name) {
        try (InputStream in = ListFileParts.class.getResourceAsStream("/liberation/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font /liberation/" + name + " is missing");
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PdfPCell cell(String text, Font font) {
        return new PdfPCell(new Phrase(text == null ? "" : text, font));
    }

    static PdfPCell amount(long amount, Font font) {
        PdfPCell c = cell(group(amount), font);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    /** An A4 landscape PDF being written, with the two Liberation Serif faces at the lists' size. */
    record Pdf(Document doc, ByteArrayOutputStream out, BaseFont regular, BaseFont bold, Font plain, Font strong) {
        static Pdf open() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
            PdfWriter.getInstance(doc, out);
            doc.open();
            BaseFont regular = font("LiberationSerif-Regular.ttf");
            BaseFont bold = font("LiberationSerif-Bold.ttf");
            return new Pdf(doc, out, regular, bold, new Font(regular, 9.5f), new Font(bold, 9.5f));
        }

        byte[] close() {
            doc.close();
            return out.toByteArray();
        }
    }

    /** The preparer's and the commune chairman's signatures side by side, under the table. */
    static PdfPTable signatures(Function<String, String> words, Font strong) {
        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(14);
        for (String who : List.of("support.pay.preparer", "support.pay.chairman")) {
            PdfPCell c = cell(words.apply(who), strong);
            c.setBorder(0);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            signatures.addCell(c);
        }
        return signatures;
    }
}
