package vn.giamngheo.householdplan;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.shared.SpreadsheetText;

/**
 * The "able to escape this year" list as Excel and as PDF, in the reader's language (Vietnamese by
 * default): the households split by labour capacity as seed 004 asks, with village, list, helper and
 * solutions. Cell text is made inert (no formula runs from a name); the PDF embeds Liberation Serif
 * so Vietnamese letters print.
 */
@Component
class EscapeExport {
    private final MessageSource messages;

    EscapeExport(MessageSource messages) {
        this.messages = messages;
    }

    String word(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private List<String> header(Locale locale) {
        List<String> h = new ArrayList<>();
        for (String k :
                List.of("no", "code", "head", "village", "class", "helper", "consent", "solutions", "escaped")) {
            h.add(word("householdplan.escape.col." + k, locale));
        }
        return h;
    }

    /** The rows of one labour-capacity group, as the cells both formats print. */
    private List<List<String>> group(EscapeList list, Boolean labour, Locale locale) {
        List<List<String>> out = new ArrayList<>();
        int n = 0;
        for (EscapeRow r : list.rows()) {
            if (labour == null ? r.labourCapacity() != null : !labour.equals(r.labourCapacity())) {
                continue;
            }
            out.add(List.of(
                    String.valueOf(++n),
                    r.householdCode(),
                    r.headName(),
                    r.villageName(),
                    word("class." + r.listedClass(), locale),
                    r.helperName() == null
                            ? ""
                            : r.helperName() + " (" + word("householdplan.helperKind." + r.helperKind(), locale) + ")",
                    word(r.consent() ? "tri.yes" : "tri.no", locale),
                    r.solutions() == null ? "" : r.solutions(),
                    word(r.escaped() ? "tri.yes" : "tri.no", locale)));
        }
        return out;
    }

    private record Group(String title, List<List<String>> rows) {}

    private List<Group> groups(EscapeList list, Locale locale) {
        List<Group> g = new ArrayList<>();
        g.add(new Group(word("householdplan.escape.withLabour", locale, list.withLabour()), group(list, true, locale)));
        g.add(new Group(
                word("householdplan.escape.withoutLabour", locale, list.withoutLabour()), group(list, false, locale)));
        if (list.labourUnknown() > 0) {
            g.add(new Group(
                    word("householdplan.escape.labourUnknown", locale, list.labourUnknown()),
                    group(list, null, locale)));
        }
        return g;
    }

    byte[] xlsx(EscapeList list, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(word("householdplan.escape.sheet", locale));
            CellStyle bold = wb.createCellStyle();
            var font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            cell(
                    sheet.createRow(r++),
                    0,
                    word("householdplan.escape.title", locale, String.valueOf(list.year())),
                    bold);
            cell(sheet.createRow(r++), 0, list.communeName(), null);
            cell(
                    sheet.createRow(r++),
                    0,
                    word(
                            "householdplan.escape.totals",
                            locale,
                            list.rows().size(),
                            list.withLabour(),
                            list.withoutLabour()),
                    null);
            List<String> head = header(locale);
            for (Group g : groups(list, locale)) {
                r++;
                cell(sheet.createRow(r++), 0, g.title(), bold);
                Row hr = sheet.createRow(r++);
                for (int c = 0; c < head.size(); c++) {
                    cell(hr, c, head.get(c), bold);
                }
                for (List<String> cells : g.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        cell(row, c, cells.get(c), null);
                    }
                }
            }
            for (int c = 0; c < head.size(); c++) {
                sheet.setColumnWidth(c, c == 7 ? 60 * 256 : 18 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(SpreadsheetText.inert(text));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    byte[] pdf(EscapeList list, Locale locale) {
        BaseFont regular = font(Fonts.REGULAR);
        BaseFont bold = font(Fonts.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(doc, out);
        String title = word("householdplan.escape.title", locale, String.valueOf(list.year()));
        doc.addTitle(nfc(title));
        doc.open();
        doc.add(centered(title.toUpperCase(locale), new Font(bold, 13)));
        doc.add(centered(list.communeName(), new Font(regular, 11)));
        doc.add(centered(
                word(
                        "householdplan.escape.totals",
                        locale,
                        list.rows().size(),
                        list.withLabour(),
                        list.withoutLabour()),
                new Font(regular, 11)));
        List<String> head = header(locale);
        for (Group g : groups(list, locale)) {
            Paragraph p = new Paragraph(nfc(g.title()), new Font(bold, 10));
            p.setSpacingBefore(10);
            p.setSpacingAfter(4);
            doc.add(p);
            PdfPTable table = new PdfPTable(new float[] {4, 9, 14, 8, 8, 14, 6, 30, 7});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : head) {
                table.addCell(new PdfPCell(new Phrase(nfc(h), new Font(bold, 9))));
            }
            for (List<String> cells : g.rows()) {
                for (String c : cells) {
                    table.addCell(new PdfPCell(new Phrase(nfc(c), new Font(regular, 9))));
                }
            }
            doc.add(table);
        }
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(nfc(text), font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(2);
        return p;
    }

    private static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static BaseFont font(Fonts.File f) {
        try {
            return BaseFont.createFont(f.name(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, f.bytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Liberation Serif (openpdf-fonts-extra), read once: the standard PDF fonts lack ơ, ư, ạ, ế. */
    private static final class Fonts {
        record File(String name, byte[] bytes) {}

        static final File REGULAR = load("LiberationSerif-Regular.ttf");
        static final File BOLD = load("LiberationSerif-Bold.ttf");

        private static File load(String name) {
            try (InputStream in = EscapeExport.class.getResourceAsStream("/liberation/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + name + " missing");
                }
                return new File(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
