package vn.giamngheo.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.function.BiFunction;
import vn.giamngheo.reporting.Report.Column;
import vn.giamngheo.reporting.Report.Table;

/**
 * A report form as PDF (A4 landscape), laid out as the Excel form: issuer and motto, title, unit,
 * period, the tables with their numbering row, notes, signatures. Vietnamese is printed with
 * Liberation Serif from the openpdf-fonts-extra jar embedded as Identity-H subsets (the approach of
 * the review documents): the standard PDF fonts have no ơ, ư, ạ, ế…
 */
final class ReportPdf {
    private static final String FONTS = "/liberation/";

    private ReportPdf() {}

    static byte[] write(Report report, BiFunction<String, Object[], String> t) {
        BaseFont regular = font("LiberationSerif-Regular.ttf", Fonts.REGULAR);
        BaseFont bold = font("LiberationSerif-Bold.ttf", Fonts.BOLD);
        BaseFont italic = font("LiberationSerif-Italic.ttf", Fonts.ITALIC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(text(report.title()));
        doc.open();
        PdfPTable heading = new PdfPTable(new float[] {45, 55});
        heading.setWidthPercentage(100);
        heading.addCell(bare(report.issuer(), new Font(bold, 11), Element.ALIGN_CENTER));
        heading.addCell(bare(
                t.apply("report.doc.motto1", new Object[0]) + "\n" + t.apply("report.doc.motto2", new Object[0]),
                new Font(bold, 11),
                Element.ALIGN_CENTER));
        doc.add(heading);
        doc.add(centered(report.title().toUpperCase(Reports.OFFICIAL), new Font(bold, 13), 12));
        doc.add(centered(t.apply("report.doc.unit", new Object[] {report.unitName()}), new Font(regular, 11), 2));
        doc.add(centered(report.period(), new Font(regular, 11), 2));
        for (Table table : report.tables()) {
            Paragraph title = new Paragraph(text(table.title()), new Font(bold, 10));
            title.setSpacingBefore(10);
            title.setSpacingAfter(4);
            doc.add(title);
            doc.add(table(table, t, regular, bold));
        }
        for (String note : report.notes()) {
            Paragraph p = new Paragraph(text(note), new Font(italic, 8.5f));
            p.setSpacingBefore(3);
            doc.add(p);
        }
        PdfPTable sign = new PdfPTable(new float[] {50, 50});
        sign.setWidthPercentage(100);
        sign.setSpacingBefore(14);
        sign.setKeepTogether(true);
        sign.addCell(bare(
                t.apply("report.doc.preparer", new Object[0]) + "\n"
                        + t.apply("report.doc.preparerHint", new Object[0]),
                new Font(bold, 10),
                Element.ALIGN_CENTER));
        sign.addCell(bare(
                t.apply("report.doc.head", new Object[0]) + "\n" + t.apply("report.doc.headHint", new Object[0]),
                new Font(bold, 10),
                Element.ALIGN_CENTER));
        doc.add(sign);
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable table(
            Table table, BiFunction<String, Object[], String> t, BaseFont regular, BaseFont bold) {
        int n = table.columns().size();
        float[] widths = new float[n + 2];
        widths[0] = 3;
        widths[1] = 16;
        for (int i = 0; i < n; i++) {
            widths[i + 2] = table.columns().get(i).kind() == Column.Kind.TEXT ? 9 : 6;
        }
        float size = n > 14 ? 6.5f : n > 9 ? 7.5f : 8.5f;
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(2);
        Font head = new Font(bold, size);
        Font plain = new Font(regular, size);
        Font strong = new Font(bold, size);
        pdf.addCell(cell(t.apply("report.col.order", new Object[0]), head, Element.ALIGN_CENTER));
        pdf.addCell(cell(t.apply("report.col.unit", new Object[0]), head, Element.ALIGN_CENTER));
        for (Column c : table.columns()) {
            pdf.addCell(cell(c.label(), head, Element.ALIGN_CENTER));
        }
        pdf.addCell(cell("A", head, Element.ALIGN_CENTER));
        pdf.addCell(cell("B", head, Element.ALIGN_CENTER));
        for (Column c : table.columns()) {
            pdf.addCell(cell(c.number(), head, Element.ALIGN_CENTER));
        }
        int order = 1;
        for (Report.Row row : table.rows()) {
            Font f = row.total() ? strong : plain;
            pdf.addCell(cell(row.total() ? "" : Integer.toString(order++), f, Element.ALIGN_CENTER));
            pdf.addCell(cell(
                    row.total() ? t.apply("report.row.total", new Object[] {row.name()}) : row.name(),
                    f,
                    Element.ALIGN_LEFT));
            for (int i = 0; i < n; i++) {
                Report.Cell c = row.cells().get(i);
                boolean textual = table.columns().get(i).kind() == Column.Kind.TEXT;
                pdf.addCell(cell(c.text(), f, textual ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
            }
        }
        return pdf;
    }

    private static PdfPCell cell(String s, Font f, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text(s), f));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(2.5f);
        return c;
    }

    private static PdfPCell bare(String s, Font f, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text(s), f));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        return c;
    }

    private static Paragraph centered(String s, Font f, float before) {
        Paragraph p = new Paragraph(text(s), f);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    /** NFC: decomposed input would draw the marks as separate glyphs. */
    private static String text(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static BaseFont font(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font files, read once per JVM; a BaseFont per document records the glyphs it uses. */
    private static final class Fonts {
        static final byte[] REGULAR = read("LiberationSerif-Regular.ttf");
        static final byte[] BOLD = read("LiberationSerif-Bold.ttf");
        static final byte[] ITALIC = read("LiberationSerif-Italic.ttf");

        private static byte[] read(String name) {
            try (InputStream in = ReportPdf.class.getResourceAsStream(FONTS + name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + FONTS + name + " missing: openpdf-fonts-extra?");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
