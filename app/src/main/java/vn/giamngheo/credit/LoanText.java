package vn.giamngheo.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.TextFolding;

/**
 * A loan's fields read from text as officials and the bank write them: amounts in whole đồng with
 * or without thousands separators (50.000.000), rates with a decimal comma (6,6 or 6,6 %), dates as
 * dd/MM/yyyy (or yyyy-mm-dd), programs, organisations and statuses by their code or their Vietnamese
 * name. A value that cannot be read adds a problem on its field and gives null.
 */
final class LoanText {
    private static final Pattern PLAIN = Pattern.compile("\\d{1,15}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,\\s ]\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}([.,]\\d{1,3})?");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private LoanText() {}

    static Long amount(String text, String field, List<Problem> problems) {
        String s = text == null ? "" : text.trim().replaceAll("(?i)\\s*(đồng|đ|vnd)$", "");
        if (s.isEmpty()) {
            problems.add(Problem.of(field, "credit.required"));
            return null;
        }
        if (PLAIN.matcher(s).matches()) {
            return Long.parseLong(s);
        }
        if (GROUPED.matcher(s).matches()) {
            return Long.parseLong(s.replaceAll("[^0-9]", ""));
        }
        problems.add(Problem.of(field, "credit.notAmount", text.trim()));
        return null;
    }

    static Integer months(String text, String field, List<Problem> problems) {
        String s = text == null ? "" : text.trim().replaceAll("(?i)\\s*tháng$", "");
        if (s.isEmpty()) {
            problems.add(Problem.of(field, "credit.required"));
            return null;
        }
        if (s.matches("\\d{1,4}")) {
            return Integer.parseInt(s);
        }
        problems.add(Problem.of(field, "credit.notMonths", text.trim()));
        return null;
    }

    static BigDecimal rate(String text, String field, List<Problem> problems) {
        String s = text == null ? "" : text.trim().replaceAll("\\s*%.*$", "");
        if (s.isEmpty()) {
            problems.add(Problem.of(field, "credit.required"));
            return null;
        }
        if (DECIMAL.matcher(s).matches()) {
            return new BigDecimal(s.replace(',', '.'));
        }
        problems.add(Problem.of(field, "credit.notRate", text.trim()));
        return null;
    }

    static LocalDate day(String text, String field, List<Problem> problems) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            problems.add(Problem.of(field, "credit.required"));
            return null;
        }
        try {
            return s.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(s) : LocalDate.parse(s, DAY);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, "credit.notDay", s));
            return null;
        }
    }

    /**
     * One of an enum's constants by its code or its words in the bundle ({@code words} gives them for a
     * constant, possibly several separated by "|").
     */
    static <E extends Enum<E>> E choice(
            String text, Class<E> type, Function<E, String> words, String field, List<Problem> problems) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            problems.add(Problem.of(field, "credit.required"));
            return null;
        }
        String key = LoanColumns.key(s);
        for (E e : type.getEnumConstants()) {
            if (LoanColumns.key(e.name()).equals(key)) {
                return e;
            }
            for (String w : words.apply(e).split("\\|")) {
                if (!w.isBlank() && LoanColumns.key(w).equals(key)) {
                    return e;
                }
            }
        }
        problems.add(Problem.of(field, "credit.unknownChoice", s));
        return null;
    }

    /** Text as given, trimmed; a problem when required and blank. */
    static String text(String text, String field, boolean required, int max, List<Problem> problems) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty() && required) {
            problems.add(Problem.of(field, "credit.required"));
        } else if (s.length() > max) {
            problems.add(Problem.of(field, "credit.tooLong", max));
        }
        return s.isEmpty() ? null : TextFolding.fold(s).isEmpty() ? null : s;
    }
}
