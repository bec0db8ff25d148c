package vn.giamngheo.platform;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.standard.StandardNames;

/**
 * A stored code shown where a person reads it (audit trail, history): a class, step, transition,
 * role or indicator code becomes its words, true/false yes/no, a standard's id its name; anything else stays as it
 * is. Template bean {@code codeWords}: {@code ${@codeWords.of(value, #locale)}}.
 */
@Component("codeWords")
public class CodeWords {
    private static final List<String> PREFIXES = List.of(
            "class.",
            "step.",
            "transition.",
            "role.",
            "report.indicator.",
            "review.kind.",
            "area.",
            "progress.",
            "obligation.");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern STANDARD = Pattern.compile("[A-Z]+[0-9]*_[0-9]{4}");
    private final MessageSource messages;
    private final StandardNames standards;
    private final VietnameseDates dates;

    CodeWords(MessageSource messages, StandardNames standards, VietnameseDates dates) {
        this.messages = messages;
        this.standards = standards;
        this.dates = dates;
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public String of(String value, Locale locale) {
        if ("true".equals(value) || "false".equals(value)) {
            return messages.getMessage("tri." + ("true".equals(value) ? "yes" : "no"), null, value, locale);
        }
        if (value != null && ISO_DATE.matcher(value).matches()) {
            // a date kept as ISO text in a stored change is read as people write it: dd/mm/yyyy
            return dates.text(value);
        }
        if (value == null || !CODE.matcher(value).matches()) {
            return value;
        }
        if (STANDARD.matcher(value).matches()) {
            return standards.of(value);
        }
        for (String prefix : PREFIXES) {
            String word = messages.getMessage(prefix + value, null, null, locale);
            if (word != null) {
                return word;
            }
        }
        return value;
    }
}
