package vn.giamngheo.shared;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * Words {@link Message}s and {@link InvalidInput.Problem}s in the reader's language from the message
 * bundles. The one place where a problem becomes text: pages use it as the {@code wording} bean
 * ({@code ${@wording.problem(p, #locale)}}), problem details and files call it. The only Spring type
 * here is the {@link MessageSource} interface it reads (decision 0103).
 */
public class Wording {
    private final MessageSource messages;

    public Wording(MessageSource messages) {
        this.messages = messages;
    }

    /** The message in the reader's language; a code missing from the bundles shows as the code itself. */
    public String message(Message message, Locale locale) {
        Object[] args = message.args().stream()
                .map(a -> a instanceof Message inner ? message(inner, locale) : plain(a))
                .toArray();
        try {
            return messages.getMessage(message.key(), args, locale);
        } catch (NoSuchMessageException e) {
            // a label of the pages (sex.F, area.RURAL) given as an argument is worded as the pages word it
            return messages.getMessage(message.code(), args, message.toString(), locale);
        }
    }

    /** "Dòng 3, hộ HG-01, trường age: …" — where the problem is, then what it is. */
    public String problem(InvalidInput.Problem problem, Locale locale) {
        return where(problem, locale) + message(problem.message(), locale);
    }

    /** Where a problem is ("Dòng 3, hộ HG-01, trường tuổi: "), empty when it has no place. */
    public String where(InvalidInput.Problem problem, Locale locale) {
        StringBuilder out = new StringBuilder();
        if (problem.line() > 0) {
            out.append(text("problem.where.line", locale, plain(problem.line())));
        }
        if (!problem.ref().isEmpty()) {
            append(out, text("problem.where.ref", locale, problem.ref()));
        }
        if (!problem.field().isEmpty()) {
            append(out, text("problem.where.field", locale, field(problem.field(), locale)));
        }
        return out.isEmpty() ? "" : out.append(": ").toString();
    }

    /** The message of a refusal (not found, not permitted, outside the jurisdiction, changed by someone else). */
    public String refusal(Refusal refusal, Locale locale) {
        return message(refusal.reason(), locale);
    }

    /**
     * A field's name for people ({@code field.<name>} in the bundles). A path is worded part by part:
     * {@code members[2].age} reads "thành viên 3, tuổi" (indexes count from 1 for people); a part with
     * no wording shows as sent.
     */
    public String field(String field, Locale locale) {
        String whole = messages.getMessage("field." + field, null, null, locale);
        if (whole != null || !field.contains(".") && !field.contains("[")) {
            return whole != null ? whole : field;
        }
        StringBuilder out = new StringBuilder();
        for (String part : field.split("\\.")) {
            Matcher m = INDEXED.matcher(part);
            String worded = m.matches()
                    ? messages.getMessage("field." + m.group(1), null, m.group(1), locale) + " "
                            + (Integer.parseInt(m.group(2)) + 1)
                    : messages.getMessage("field." + part, null, part, locale);
            append(out, worded);
        }
        return out.toString();
    }

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    /**
     * Whole numbers as written (line 1234, year 2024, household 574), not grouped by the locale as
     * MessageFormat would ("2.024"); amounts are formatted before they become arguments. Dates as
     * dd/MM/yyyy.
     */
    private static Object plain(Object arg) {
        if (arg instanceof java.time.LocalDate date) {
            return DAY.format(date);
        }
        return arg instanceof Integer || arg instanceof Long || arg instanceof Short ? arg.toString() : arg;
    }

    /** Dates as Vietnamese pages write them (and as the English ones do here): 01/07/2025. */
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static void append(StringBuilder out, String part) {
        if (!out.isEmpty()) {
            out.append(", ");
        }
        out.append(part);
    }
}
