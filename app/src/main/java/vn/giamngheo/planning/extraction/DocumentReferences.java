package vn.giamngheo.planning.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents a plan cites in its title and opening ("Thực hiện …", "Căn cứ …", "Triển khai
 * …"): kind, number ("05-CT/TW", "4587/KH-UBND", "32/2016/NQ-HĐND"), date and issuer, each
 * once, in the order first cited. Read on folded text so "Quyết định"/"Quyết Định"/"QUYẾT ĐỊNH"
 * all count; a date may be "23/6/2021", "23-11-2021" or "ngày 23 tháng 6 năm 2021".
 */
final class DocumentReferences {
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}\\d])"
            + "(chi thi|ke hoach hanh dong|ke hoach|quyet dinh|nghi quyet|chuong trinh hanh dong|chuong trinh|ket luan|"
            + "thong tu|nghi dinh|cong van|huong dan|de an|thong bao)"
            + "\\s+(?:so\\s*:?\\s*)?(\\d{1,5}(?:/\\d{4})?[-/][a-z][a-z\\d]*(?:[-/&][a-z\\d]+){0,4})"
            + "(?:\\s*,?\\s*ngay\\s+(\\d{1,2})\\s*(?:thang\\s+|[/-])(\\d{1,2})\\s*(?:nam\\s+|[/-])(\\d{4}))?");
    private static final Pattern ISSUER_END =
            Pattern.compile("\\s+(?:ve|thuc hien|trien khai|ban hanh|phe duyet|giao)\\s|[;(“\"”,.:]|$");

    private DocumentReferences() {}

    static List<DocumentReference> in(List<String> paragraphs) {
        Map<String, DocumentReference> byNumber = new LinkedHashMap<>();
        for (String text : paragraphs) {
            String folded = FoldedText.fold(text);
            Matcher m = REFERENCE.matcher(folded);
            while (m.find()) {
                String number = text.substring(m.start(2), m.end(2));
                String kind = capitalise(text.substring(m.start(1), m.end(1)));
                String date = m.group(3) == null ? null : date(m.group(3), m.group(4), m.group(5));
                String issuer = issuer(text, folded, m.end());
                String key = FoldedText.fold(number);
                DocumentReference seen = byNumber.get(key);
                if (seen == null) {
                    byNumber.put(
                            key, new DocumentReference(kind, number, date, issuer, text.substring(m.start(), m.end())));
                } else if ((seen.date() == null && date != null) || (seen.issuer() == null && issuer != null)) {
                    byNumber.put(
                            key,
                            new DocumentReference(
                                    seen.kind(),
                                    seen.number(),
                                    seen.date() != null ? seen.date() : date,
                                    seen.issuer() != null ? seen.issuer() : issuer,
                                    seen.source()));
                }
            }
        }
        return new ArrayList<>(byNumber.values());
    }

    /** "của Ban Bí thư Trung ương Đảng “về …”" → "Ban Bí thư Trung ương Đảng". */
    private static String issuer(String text, String folded, int from) {
        int i = from;
        while (i < folded.length() && folded.charAt(i) == ' ') {
            i++;
        }
        if (!folded.startsWith("cua ", i)) {
            return null;
        }
        int start = i + 4;
        int limit = Math.min(folded.length(), start + 120);
        Matcher end = ISSUER_END.matcher(folded).region(start, limit);
        int stop = end.find() ? end.start() : limit;
        String issuer = text.substring(start, Math.min(stop, start + 120)).strip();
        return issuer.isEmpty() ? null : issuer;
    }

    private static String date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty()
                ? s
                : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
