package vn.giamngheo.support;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
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
 * The payment list as an Excel workbook and a PDF (A4 landscape, Liberation Serif embedded so every
 * Vietnamese letter prints). The headings come worded from the bundles ({@code words}); every text a
 * person typed goes into the workbook inert (a leading "=" never becomes a formula).
 */
final class PaymentListFiles {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final List<String> HEADINGS = List.of(
            "support.pay.no",
            "support.pay.household",
            "support.pay.representative",
            "support.pay.citizenId",
            "support.pay.address",
            "support.pay.beneficiary",
            "support.pay.items",
            "support.pay.amount",
            "support.pay.signature");

    private PaymentListFiles() {}

    static byte[] xlsx(PaymentList list, Function<String, String> words) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SpreadsheetText.inert(words.apply("support.pay.sheet")));
            ListFileParts.Styles styles = ListFileParts.Styles.of(wb);
            CellStyle bordered = styles.bordered();
            CellStyle money = styles.money();
            int r = 0;
            r = ListFileParts.line(sheet, r, list.unitName());
            r = ListFileParts.line(sheet, r, words.apply("support.pay.heading"));
            r = ListFileParts.line(sheet, r, list.contentName() + " – " + list.programName());
            if (list.decision() != null) {
                r = ListFileParts.line(sheet, r, list.decision());
            }
            r++;
            Row head = sheet.createRow(r++);
            for (int c = 0; c < HEADINGS.size(); c++) {
                head.createCell(c).setCellValue(words.apply(HEADINGS.get(c)));
                head.getCell(c).setCellStyle(bordered);
            }
            for (PaymentList.Row row : list.rows()) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.no());
                text(x, 1, row.householdCode(), bordered);
                text(x, 2, row.representative(), bordered);
                text(x, 3, row.citizenId(), bordered);
                text(x, 4, row.address(), bordered);
                text(x, 5, row.beneficiary(), bordered);
                text(x, 6, row.items(), bordered);
                x.createCell(7).setCellValue(row.amount());
                x.getCell(7).setCellStyle(money);
                text(x, 8, "", bordered);
                x.getCell(0).setCellStyle(bordered);
            }
            Row total = sheet.createRow(r++);
            total.createCell(6).setCellValue(words.apply("support.pay.total"));
            total.createCell(7).setCellValue(list.total());
            total.getCell(7).setCellStyle(money);
            r++;
            Row sign = sheet.createRow(r);
            sign.createCell(1).setCellValue(words.apply("support.pay.preparer"));
            sign.createCell(6).setCellValue(words.apply("support.pay.chairman"));
            int[] widths = {6, 14, 24, 18, 30, 24, 24, 14, 16};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        ListFileParts.text(row, column, value, style);
    }

    static byte[] pdf(PaymentList list, Function<String, String> words) {
        ListFileParts.Pdf pdf = ListFileParts.Pdf.open();
        Document doc = pdf.doc();
        BaseFont regular = pdf.regular();
        BaseFont bold = pdf.bold();
        Font plain = pdf.plain();
        Font strong = pdf.strong();
        doc.add(new Paragraph(list.unitName(), new Font(bold, 11)));
        Paragraph title = new Paragraph(
                words.apply("support.pay.heading").toUpperCase(java.util.Locale.forLanguageTag("vi")),
                new Font(bold, 13));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        Paragraph what = new Paragraph(
                list.contentName() + " – " + list.programName()
                        + (list.decision() == null ? "" : " (" + list.decision() + ")"),
                new Font(regular, 11));
        what.setAlignment(Element.ALIGN_CENTER);
        what.setSpacingAfter(8);
        doc.add(what);
        PdfPTable table = new PdfPTable(new float[] {3, 7, 12, 9, 16, 12, 12, 8, 10});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : HEADINGS) {
            table.addCell(new PdfPCell(new Phrase(words.apply(h), strong)));
        }
        for (PaymentList.Row row : list.rows()) {
            table.addCell(new PdfPCell(new Phrase(Integer.toString(row.no()), plain)));
            table.addCell(new PdfPCell(new Phrase(row.householdCode(), plain)));
            table.addCell(new PdfPCell(new Phrase(row.representative(), plain)));
            table.addCell(new PdfPCell(new Phrase(row.citizenId(), plain)));
            table.addCell(new PdfPCell(new Phrase(row.address() == null ? "" : row.address(), plain)));
            table.addCell(new PdfPCell(new Phrase(row.beneficiary(), plain)));
            table.addCell(new PdfPCell(new Phrase(row.items(), plain)));
            table.addCell(ListFileParts.amount(row.amount(), plain));
            PdfPCell sign = new PdfPCell(new Phrase(""));
            sign.setMinimumHeight(26);
            table.addCell(sign);
        }
        PdfPCell label = new PdfPCell(new Phrase(words.apply("support.pay.total"), strong));
        label.setColspan(7);
        table.addCell(label);
        table.addCell(ListFileParts.amount(list.total(), strong));
        table.addCell(new PdfPCell(new Phrase("")));
        doc.add(table);
        doc.add(ListFileParts.signatures(words, strong));
        doc.add(new Paragraph(list.made().format(DAY), plain));
        return pdf.close();
    }
}
