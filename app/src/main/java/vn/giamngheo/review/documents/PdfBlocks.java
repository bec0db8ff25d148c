package vn.giamngheo.review.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.util.List;

/**
 * The blocks every review document shares, laid out as Vietnamese administrative documents are: the
 * issuing body on the left and the national motto on the right, each underlined by a short rule; the
 * place and date over the signature; the committee's signature block.
 */
final class PdfBlocks {
    static final String MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";

    private PdfBlocks() {}

    /**
     * Issuer left, motto right. {@code issuerUpper} are the lines above the issuer's name (e.g. the
     * district's committee), printed regular; {@code issuer} is printed bold; {@code numberLine} (may
     * be null) goes under the issuer's rule.
     */
    static PdfPTable heading(PdfFonts fonts, float size, List<String> issuerUpper, String issuer, String numberLine) {
        PdfPTable table = new PdfPTable(new float[] {42, 58});
        table.setWidthPercentage(100);
        PdfPCell left = bare();
        for (String line : issuerUpper) {
            left.addElement(centered(line, fonts.regular(size)));
        }
        left.addElement(centered(issuer, fonts.bold(size)));
        left.addElement(rule(30));
        if (numberLine != null) {
            Paragraph number = centered(numberLine, fonts.regular(size));
            number.setSpacingBefore(4);
            left.addElement(number);
        }
        PdfPCell right = bare();
        right.addElement(centered(MOTTO_1, fonts.bold(size)));
        right.addElement(centered(MOTTO_2, fonts.bold(size + 1)));
        right.addElement(rule(45));
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    /** Two signature columns; either side may be null for an empty column. */
    static PdfPTable signatures(PdfFonts fonts, float size, Signature left, Signature right) {
        PdfPTable table = new PdfPTable(new float[] {50, 50});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(10);
        table.addCell(signatureCell(fonts, size, left));
        table.addCell(signatureCell(fonts, size, right));
        return table;
    }

    /**
     * One signature: an optional place-and-date line (italic), the role lines (bold), the hint under
     * them (italic), the space for the signature and seal, and the name (bold).
     */
    record Signature(String dateLine, List<String> roles, String hint, String name) {}

    static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(PdfText.of(text), font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(font.getSize() * 1.25f);
        return p;
    }

    static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(PdfText.of(text), font));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setUseAscender(true);
        return cell;
    }

    static PdfPCell bare() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPCell signatureCell(PdfFonts fonts, float size, Signature signature) {
        PdfPCell cell = bare();
        if (signature == null) {
            return cell;
        }
        if (signature.dateLine() != null) {
            cell.addElement(centered(signature.dateLine(), fonts.italic(size)));
        }
        for (String role : signature.roles()) {
            cell.addElement(centered(role, fonts.bold(size)));
        }
        if (signature.hint() != null) {
            cell.addElement(centered(signature.hint(), fonts.italic(size - 1)));
        }
        Paragraph name = centered(signature.name() == null ? "" : signature.name(), fonts.bold(size));
        name.setSpacingBefore(60);
        cell.addElement(name);
        return cell;
    }

    private static Paragraph rule(float percent) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, 0)));
        p.setLeading(6);
        p.setSpacingBefore(4);
        return p;
    }
}
