package vn.giamngheo.support;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.shared.SpreadsheetText;

/**
 * An entitlement list as an Excel workbook for the agency that acts on it, and as a PDF to sign or to
 * post at the commune (ID numbers masked). For health insurance it
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
            ListFileParts.Styles styles = ListFileParts.Styles.of(wb);
            CellStyle bordered = styles.bordered();
            CellStyle money = styles.money();
            int r = 0;
            for (String l : lead(e, words)) {
                r = ListFileParts.line(sheet, r, l);
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
                for (String cell : cells(e, row, words)) {
                    c = ListFileParts.text(x, c, cell, bordered);
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

    /** The lines above the table: unit, title, period, decision, and what kind of copy this is. */
    private static List<String> lead(EntitlementListReads.Export e, Function<String, String> words) {
        var l = e.list();
        List<String> out = new ArrayList<>();
        out.add(l.unitName());
        out.add(words.apply("support.list.heading") + " " + l.contentName());
        out.add(words.apply("support.list.period") + ": " + l.periodFrom().format(DAY) + " – "
                + (l.periodEnd() == null ? "…" : l.periodEnd().format(DAY)));
        out.add(words.apply("support.list.decision") + ": " + l.decision() + " ("
                + l.decisionDate().format(DAY) + ")");
        if (e.healthInsurance()) {
            out.add(words.apply("support.list.bhytLayout"));
        }
        if (e.publicCopy()) {
            out.add(words.apply("support.list.publicCopy"));
        }
        return out;
    }

    /** A row's text columns between its number and its amount, as both files print them. */
    private static List<String> cells(
            EntitlementListReads.Export e, EntitlementListReads.ExportRow row, Function<String, String> words) {
        List<String> out = new ArrayList<>();
        out.add(row.householdCode());
        out.add(row.name());
        out.add(row.birthYear() == null ? "" : row.birthYear().toString());
        out.add(row.sex() == null ? "" : words.apply("sex." + row.sex()));
        out.add(row.citizenId());
        out.add(row.address());
        out.add(row.householdClass() == null ? "" : words.apply("class." + row.householdClass()));
        if (e.healthInsurance()) {
            out.add(
                    row.budgetSharePercent() == null
                            ? words.apply("support.list.notDetermined")
                            : row.budgetSharePercent() + " %");
        }
        return out;
    }

    /**
     * The list as a PDF (A4 landscape) to sign and file, or, with ID numbers masked, to post at the
     * commune: the same lines, columns and total as the workbook, then the signatures.
     */
    static byte[] pdf(EntitlementListReads.Export e, Function<String, String> words) {
        ListFileParts.Pdf pdf = ListFileParts.Pdf.open();
        Document doc = pdf.doc();
        BaseFont regular = pdf.regular();
        BaseFont bold = pdf.bold();
        Font plain = pdf.plain();
        Font strong = pdf.strong();
        List<String> lead = lead(e, words);
        doc.add(new Paragraph(lead.get(0), new Font(bold, 11)));
        Paragraph title =
                new Paragraph(lead.get(1).toUpperCase(java.util.Locale.forLanguageTag("vi")), new Font(bold, 13));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        for (String l : lead.subList(2, lead.size())) {
            Paragraph p = new Paragraph(l, new Font(regular, 10));
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
        }
        List<String> headings = headings(e.healthInsurance());
        float[] widths = e.healthInsurance()
                ? new float[] {3, 8, 14, 5, 5, 10, 18, 8, 6, 8}
                : new float[] {3, 8, 15, 5, 5, 11, 20, 9, 9};
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String h : headings) {
            table.addCell(ListFileParts.cell(words.apply(h), strong));
        }
        long total = 0;
        for (EntitlementListReads.ExportRow row : e.rows()) {
            table.addCell(ListFileParts.cell(Integer.toString(row.no()), plain));
            for (String c : cells(e, row, words)) {
                table.addCell(ListFileParts.cell(c, plain));
            }
            table.addCell(ListFileParts.amount(row.amount(), plain));
            total += row.amount();
        }
        PdfPCell label = ListFileParts.cell(words.apply("support.pay.total"), strong);
        label.setColspan(headings.size() - 1);
        table.addCell(label);
        table.addCell(ListFileParts.amount(total, strong));
        doc.add(table);
        doc.add(new Paragraph(words.apply("support.list.signDate"), plain));
        doc.add(ListFileParts.signatures(words, strong));
        return pdf.close();
    }
}
