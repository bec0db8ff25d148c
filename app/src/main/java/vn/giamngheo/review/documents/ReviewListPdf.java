package vn.giamngheo.review.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.List;
import vn.giamngheo.review.ReviewListDocument;
import vn.giamngheo.review.ReviewListRow;

/**
 * A review list as PDF, A4 landscape: the committee and the national motto, the title block, the
 * table whose header and numbering rows repeat on every page, the totals, the signature blocks, and
 * "Trang n/N" at the foot of each page.
 */
public final class ReviewListPdf {
    private static final float SIZE = 10;
    private static final float MM = 72f / 25.4f;
    /** Rows are handed to the document in batches so a province-wide list never sits in memory whole. */
    private static final int BATCH = 200;

    private static final Color HEADER_GREY = new Color(0xEE, 0xEE, 0xEE);

    private ReviewListPdf() {}

    public static void write(ReviewListDocument list, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 15 * MM, 15 * MM, 15 * MM, 18 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PdfFonts fonts = PdfFonts.forDocument();
        writer.setPageEvent(new PageNumbers(fonts.regularBase()));
        document.addTitle(PdfText.of(list.title()));
        document.addCreator("giamngheo");
        document.open();

        document.add(
                PdfBlocks.heading(fonts, SIZE + 1, List.of("ỦY BAN NHÂN DÂN"), ReviewListLayout.issuer(list), null));
        Paragraph title = PdfBlocks.centered(ReviewListLayout.title(list), fonts.bold(SIZE + 4));
        title.setSpacingBefore(12);
        document.add(title);
        document.add(PdfBlocks.centered(ReviewListLayout.unitLine(list), fonts.regular(SIZE + 1)));
        document.add(PdfBlocks.centered(ReviewListLayout.yearLine(list), fonts.regular(SIZE + 1)));
        String note = ReviewListLayout.postingNote(list);
        if (note != null) {
            document.add(PdfBlocks.centered(note, fonts.italic(SIZE)));
        }

        PdfPTable table = table(fonts);
        table.setComplete(false);
        Font body = fonts.regular(SIZE);
        int pending = 0;
        for (ReviewListRow row : ReviewListLayout.rows(list)) {
            for (ReviewListLayout.Column column : ReviewListLayout.COLUMNS) {
                int align = column.number() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT;
                table.addCell(
                        PdfBlocks.cell(ReviewListLayout.text(column.value().apply(row)), body, align));
            }
            if (++pending == BATCH) {
                document.add(table);
                pending = 0;
            }
        }
        totals(table, fonts, list);
        table.setComplete(true);
        document.add(table);

        document.add(PdfBlocks.signatures(
                fonts,
                SIZE + 1,
                new PdfBlocks.Signature(" ", List.of(ReviewListLayout.PREPARER), ReviewListLayout.PREPARER_HINT, ""),
                new PdfBlocks.Signature(
                        PdfText.placeAndDate(list.communeName(), null),
                        ReviewListLayout.COMMITTEE,
                        ReviewListLayout.COMMITTEE_HINT,
                        "")));
        document.close();
    }

    private static PdfPTable table(PdfFonts fonts) {
        List<ReviewListLayout.Column> columns = ReviewListLayout.COLUMNS;
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).pdfWidth();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(2);
        Font head = fonts.bold(SIZE);
        for (String header : ReviewListLayout.headers()) {
            PdfPCell cell = PdfBlocks.cell(header, head, Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_GREY);
            table.addCell(cell);
        }
        Font numbering = fonts.italic(SIZE - 1);
        for (String number : ReviewListLayout.numbering()) {
            PdfPCell cell = PdfBlocks.cell(number, numbering, Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_GREY);
            table.addCell(cell);
        }
        return table;
    }

    private static void totals(PdfPTable table, PdfFonts fonts, ReviewListDocument list) {
        Font bold = fonts.bold(SIZE);
        PdfPCell label = PdfBlocks.cell(ReviewListLayout.TOTAL_LABEL, bold, Element.ALIGN_CENTER);
        label.setColspan(ReviewListLayout.TOTAL_LABEL_SPAN);
        table.addCell(label);
        for (int i = ReviewListLayout.TOTAL_LABEL_SPAN; i < ReviewListLayout.COLUMNS.size(); i++) {
            String text = switch (i) {
                case ReviewListLayout.TOTAL_HOUSEHOLDS_COLUMN -> ReviewListLayout.households(list) + " hộ";
                case ReviewListLayout.TOTAL_MEMBERS_COLUMN -> String.valueOf(ReviewListLayout.members(list));
                default -> "";
            };
            table.addCell(PdfBlocks.cell(text, bold, Element.ALIGN_CENTER));
        }
    }
}
