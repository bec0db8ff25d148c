package vn.giamngheo.review.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.review.CertificateData;
import vn.giamngheo.review.CertificateMember;

/**
 * The poor or near-poor household certificate (Mẫu 03 of TT 07/2021/TT-BLĐTBXH), A4 portrait, one
 * page per household: the commune committee and the number "…/GCN-HN.HCN" left of the national
 * motto, the title, the household head, address and year, the members with relation, ethnicity,
 * year of birth and sex, and the chairman's signature block. The wording between the well-known
 * headings is kept plain on purpose: it names facts, it does not paraphrase the legal form.
 */
public final class CertificatePdf {
    private static final float SIZE = 13;
    private static final float TABLE_SIZE = 12;
    private static final float MM = 72f / 25.4f;

    private CertificatePdf() {}

    public static void write(CertificateData certificate, OutputStream out) {
        writeAll(List.of(certificate), out);
    }

    /** All certificates of a list in one file, each on its own page, for printing in one go. */
    public static void writeAll(List<CertificateData> certificates, OutputStream out) {
        Document document = new Document(PageSize.A4, 25 * MM, 15 * MM, 15 * MM, 15 * MM);
        PdfWriter.getInstance(document, out);
        document.addTitle("Giấy chứng nhận hộ nghèo, hộ cận nghèo");
        document.addCreator("giamngheo");
        PdfFonts fonts = PdfFonts.forDocument();
        document.open();
        if (certificates.isEmpty()) {
            document.add(PdfBlocks.centered("Không có giấy chứng nhận nào.", fonts.italic(SIZE)));
        }
        boolean first = true;
        for (CertificateData certificate : certificates) {
            if (!first) {
                document.newPage();
            }
            first = false;
            page(document, fonts, certificate);
        }
        document.close();
    }

    /** "GIẤY CHỨNG NHẬN HỘ NGHÈO" or "… HỘ CẬN NGHÈO". */
    static String title(String householdClass) {
        return "NEAR_POOR".equals(householdClass) ? "GIẤY CHỨNG NHẬN HỘ CẬN NGHÈO" : "GIẤY CHỨNG NHẬN HỘ NGHÈO";
    }

    private static void page(Document document, PdfFonts fonts, CertificateData c) {
        String commune = UnitNames.commune(c.communeName());
        document.add(PdfBlocks.heading(
                fonts,
                SIZE - 1,
                List.of("ỦY BAN NHÂN DÂN"),
                UnitNames.upper(commune),
                "Số: " + PdfText.of(c.number())));

        Paragraph title = PdfBlocks.centered(title(c.householdClass()), fonts.bold(SIZE + 3));
        title.setSpacingBefore(24);
        document.add(title);
        Paragraph year = PdfBlocks.centered("Năm " + c.listYear(), fonts.bold(SIZE));
        year.setSpacingAfter(16);
        document.add(year);

        document.add(line(fonts, "Ủy ban nhân dân " + commune + " chứng nhận:", null));
        document.add(line(fonts, "Hộ gia đình ông/bà: ", c.headName()));
        document.add(line(fonts, "Địa chỉ: ", c.address()));
        String className = "NEAR_POOR".equals(c.householdClass()) ? "hộ cận nghèo" : "hộ nghèo";
        document.add(line(fonts, "Là " + className + " năm " + c.listYear() + decision(c), null));
        Paragraph membersHeading = line(fonts, "Các thành viên trong hộ gia đình:", null);
        membersHeading.setSpacingBefore(6);
        document.add(membersHeading);
        document.add(members(fonts, c.members()));

        document.add(PdfBlocks.signatures(
                fonts,
                SIZE,
                null,
                new PdfBlocks.Signature(
                        PdfText.placeAndDate(c.communeName(), c.decisionDate()),
                        List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
                        "(Ký, ghi rõ họ tên và đóng dấu)",
                        c.signerName())));
    }

    /** ", theo Quyết định số 45/QĐ-UBND ngày 15/12/2025." when the decision is known. */
    private static String decision(CertificateData c) {
        if (c.decisionNumber() == null || c.decisionNumber().isBlank()) {
            return ".";
        }
        String date = c.decisionDate() == null
                ? ""
                : String.format(
                        " ngày %02d/%02d/%d",
                        c.decisionDate().getDayOfMonth(),
                        c.decisionDate().getMonthValue(),
                        c.decisionDate().getYear());
        return ", theo Quyết định số " + PdfText.of(c.decisionNumber()) + date + ".";
    }

    private static Paragraph line(PdfFonts fonts, String label, String value) {
        Paragraph p = new Paragraph();
        p.setLeading(SIZE * 1.5f);
        p.add(new Phrase(PdfText.of(label), fonts.regular(SIZE)));
        if (value != null) {
            p.add(new Phrase(PdfText.of(value), fonts.bold(SIZE)));
        }
        return p;
    }

    private static PdfPTable members(PdfFonts fonts, List<CertificateMember> members) {
        PdfPTable table = new PdfPTable(new float[] {7, 34, 22, 14, 12, 11});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        Font head = fonts.bold(TABLE_SIZE);
        for (String label : List.of("STT", "Họ và tên", "Quan hệ với chủ hộ", "Dân tộc", "Năm sinh", "Giới tính")) {
            PdfPCell cell = PdfBlocks.cell(label, head, Element.ALIGN_CENTER);
            cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
            table.addCell(cell);
        }
        Font body = fonts.regular(TABLE_SIZE);
        List<CertificateMember> rows = members == null ? List.of() : new ArrayList<>(members);
        int stt = 1;
        for (CertificateMember m : rows) {
            table.addCell(PdfBlocks.cell(String.valueOf(stt++), body, Element.ALIGN_CENTER));
            table.addCell(PdfBlocks.cell(m.name(), body, Element.ALIGN_LEFT));
            table.addCell(PdfBlocks.cell(m.relation(), body, Element.ALIGN_LEFT));
            table.addCell(PdfBlocks.cell(m.ethnicity(), body, Element.ALIGN_LEFT));
            table.addCell(PdfBlocks.cell(
                    m.birthYear() == null ? "" : String.valueOf(m.birthYear()), body, Element.ALIGN_CENTER));
            table.addCell(PdfBlocks.cell(m.sex(), body, Element.ALIGN_CENTER));
        }
        return table;
    }
}
