package vn.giamngheo.planning.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a plan: number and form ("Số: 252/KH-UBND"; "Số: /KH-UBND" is a number not yet
 * filled in, so the number is null and the form "KH-UBND" stays), place and date ("Ngọc Hồi, ngày
 * 19 tháng 02 năm 2020"; "ngày tháng năm 2024" gives the year only, written "2024"), issuing body,
 * title and the documents it implements. The issuer is the capitalised header ("ỦY BAN NHÂN DÂN" /
 * "HUYỆN NGỌC HỒI") when the document has one, else the body that "ban hành"/"xây dựng" the plan
 * in its opening, else the signature's "TM. …". A missing part is null, never an error.
 */
final class HeaderParser {
    private static final Pattern NUMBER = Pattern.compile("^(?:Số|SỐ|số)\\s*:?\\s*(.*)$");
    private static final Pattern NUMBER_AND_FORM = Pattern.compile("^(\\d+[\\p{L}\\d]*)\\s*[-/]\\s*(\\S+)$");
    private static final Pattern DATE = Pattern.compile(
            "^(?:([^,]{1,40}),\\s*)?ngay\\s+(\\d{1,2})?\\s*thang\\s+(\\d{1,2})?\\s*nam\\s+(\\d{4})\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("^(?:TM|T/M|T\\.M)\\s*[.:]?\\s*(.+)$");

    record Header(
            String number,
            String symbol,
            String date,
            String place,
            String issuer,
            String title,
            List<DocumentReference> implemented,
            List<String> warnings) {}

    private HeaderParser() {}

    static Header read(List<Paragraph> preamble, List<Paragraph> tail) {
        int titleAt = -1;
        boolean titleAlone = true;
        for (int i = 0; i < preamble.size(); i++) {
            String t = preamble.get(i).text();
            if (t.startsWith("KẾ HOẠCH")) {
                titleAt = i;
                // "KẾ HOẠCH" on its own line is followed by the subject; else the subject is on its line.
                titleAlone =
                        FoldedText.fold(t).replaceAll("[^a-z ]", "").strip().equals("ke hoach");
                break;
            }
        }
        List<Paragraph> top = titleAt < 0 ? preamble : preamble.subList(0, titleAt);
        String number = null;
        String symbol = null;
        String date = null;
        String place = null;
        List<String> capitals = new ArrayList<>();
        boolean capitalsDone = false;
        for (Paragraph p : top) {
            String text = p.text();
            Matcher n = NUMBER.matcher(text);
            Matcher d = DATE.matcher(FoldedText.fold(text));
            if (n.matches() && symbol == null) {
                String value = n.group(1).replaceAll("\\s*([/-])\\s*", "$1").strip();
                value = value.isEmpty() ? value : value.split("\\s+")[0];
                if (value.startsWith("/") || value.startsWith("-")) {
                    symbol = value.substring(1);
                } else {
                    Matcher nf = NUMBER_AND_FORM.matcher(value);
                    if (nf.matches()) {
                        number = value;
                        symbol = nf.group(2);
                    }
                }
                capitalsDone = true;
            } else if (d.matches() && date == null) {
                date = date(d.group(2), d.group(3), d.group(4));
                place = d.group(1) == null
                        ? null
                        : text.substring(d.start(1), d.end(1)).strip();
                capitalsDone = true;
            } else if (!capitalsDone && capitalised(text) && !national(text)) {
                capitals.add(text.strip());
            }
        }
        String title = null;
        List<String> opening = new ArrayList<>();
        if (titleAt >= 0) {
            String head = preamble.get(titleAt).text().strip();
            int next = titleAt + 1;
            if (titleAlone
                    && next < preamble.size()
                    && !FoldedText.fold(preamble.get(next).text()).startsWith("can cu")) {
                title = head + " " + preamble.get(next).text().strip();
                opening.add(preamble.get(next).text());
                next++;
            } else {
                title = head;
                opening.add(head);
            }
            for (int i = next; i < preamble.size(); i++) {
                opening.add(preamble.get(i).text());
            }
        } else {
            preamble.forEach(p -> opening.add(p.text()));
        }
        String issuer = capitals.isEmpty() ? null : String.join(" ", capitals);
        if (issuer == null) {
            issuer = issuerInOpening(opening);
        }
        if (issuer == null) {
            issuer = issuerInSignature(tail);
        }
        List<String> warnings = new ArrayList<>();
        if (number == null) {
            warnings.add(
                    symbol == null
                            ? PlanWarning.of(PlanWarning.Kind.NO_NUMBER).text()
                            : PlanWarning.of(PlanWarning.Kind.BLANK_NUMBER, symbol)
                                    .text());
        }
        if (date == null) {
            warnings.add(PlanWarning.of(PlanWarning.Kind.NO_DATE).text());
        }
        if (issuer == null) {
            warnings.add(PlanWarning.of(PlanWarning.Kind.NO_ISSUER).text());
        }
        if (title == null) {
            warnings.add(PlanWarning.of(PlanWarning.Kind.NO_TITLE).text());
        }
        return new Header(number, symbol, date, place, issuer, title, DocumentReferences.in(opening), warnings);
    }

    /** "2020-02-19", "2022-05" or "2024": as much of the date as the plan fills in. */
    static String date(String day, String month, String year) {
        int y = Integer.parseInt(year);
        if (month == null) {
            return String.valueOf(y);
        }
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            return String.valueOf(y);
        }
        if (day == null) {
            return "%04d-%02d".formatted(y, m);
        }
        try {
            return LocalDate.of(y, m, Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return "%04d-%02d".formatted(y, m);
        }
    }

    /** "Ủy ban nhân dân huyện ban hành Kế hoạch …", "Ban Thường vụ Huyện ủy Võ Nhai xây dựng kế hoạch …". */
    private static String issuerInOpening(List<String> opening) {
        for (String text : opening) {
            List<Token> t = Token.of(text);
            int clause = 0;
            for (int k = 0; k < t.size(); k++) {
                Token token = t.get(k);
                if (token.isPunctuation(';') || token.isPunctuation('.')) {
                    clause = k + 1;
                    continue;
                }
                boolean verb = UnitPhrases.matches(t, k, "ban hanh") || UnitPhrases.matches(t, k, "xay dung");
                if (verb && UnitPhrases.matches(t, k + 2, "ke hoach") && UnitPhrases.startsUnit(t, clause)) {
                    UnitPhrases.Read read = UnitPhrases.read(t, text, clause, false);
                    if (read.next() == k && read.mentions().size() == 1) {
                        return read.mentions().get(0).text();
                    }
                }
            }
        }
        return null;
    }

    /** "TM. ỦY BAN NHÂN DÂN" → "ỦY BAN NHÂN DÂN"; "KT. CHỦ TỊCH" signs for a person, not a body. */
    private static String issuerInSignature(List<Paragraph> tail) {
        for (Paragraph p : tail) {
            Matcher m = SIGNATURE.matcher(p.text().strip());
            if (m.matches() && capitalised(m.group(1))) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    private static boolean capitalised(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters >= 2;
    }

    private static boolean national(String text) {
        String f = FoldedText.fold(text);
        return f.contains("cong hoa xa hoi chu nghia") || f.contains("doc lap") || f.contains("dang cong san");
    }
}
