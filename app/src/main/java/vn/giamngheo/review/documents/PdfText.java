package vn.giamngheo.review.documents;

import java.text.Normalizer;
import java.time.LocalDate;

/** Text as documents print it. */
final class PdfText {
    private PdfText() {}

    /**
     * Null-safe and NFC-composed: a name typed on some keyboards arrives decomposed ("o" + combining
     * dot below + combining hook), and drawing the marks as separate glyphs puts them in the wrong
     * place; the fonts have the precomposed letters.
     */
    static String of(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * "Thọ Xuân, ngày 15 tháng 12 năm 2025", or with dotted blanks to fill in by hand. Days below 10
     * and the months 1 and 2 take a leading zero, as the rules for administrative documents
     * (NĐ 30/2020/NĐ-CP) ask, so a "1" cannot later become "11" or "12" by hand.
     */
    static String placeAndDate(String place, LocalDate date) {
        String where = UnitNames.bare(place);
        String prefix = where.isEmpty() ? "" : where + ", ";
        if (date == null) {
            return prefix + "ngày …… tháng …… năm ……";
        }
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return prefix + "ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month <= 2 ? "0" + month : month)
                + " năm " + date.getYear();
    }
}
