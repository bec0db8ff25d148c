package vn.giamngheo.review.documents;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "Trang 3/12" at the foot of every page. The total is unknown until the end, so each page draws a
 * shared template that is filled when the document closes.
 */
final class PageNumbers extends PdfPageEventHelper {
    private static final float SIZE = 9;

    private final BaseFont font;
    private PdfTemplate total;

    PageNumbers(BaseFont font) {
        this.font = font;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 16);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String text = "Trang " + writer.getPageNumber() + "/";
        float textWidth = font.getWidthPoint(text, SIZE);
        float x = (document.left() + document.right()) / 2 - textWidth / 2;
        float y = document.bottom() - 18;
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginText();
        canvas.setFontAndSize(font, SIZE);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
        canvas.addTemplate(total, x + textWidth, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
