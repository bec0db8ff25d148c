package vn.giamngheo.shared;

import java.util.Locale;
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
        if (message.code().equals(Message.TEXT)) {
            return String.valueOf(message.args().get(0));
        }
        try {
            return messages.getMessage(message.key(), message.args().toArray(), locale);
        } catch (NoSuchMessageException e) {
            return message.toString();
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
            out.append(text("problem.where.line", locale, problem.line()));
        }
        if (!problem.ref().isEmpty()) {
            append(out, text("problem.where.ref", locale, problem.ref()));
        }
        if (!problem.field().isEmpty()) {
            append(out, text("problem.where.field", locale, field(problem.field(), locale)));
        }
        return out.isEmpty() ? "" : out.append(": ").toString();
    }

    /** A field's name for people ({@code field.<name>} in the bundles), or the name as sent. */
    public String field(String field, Locale locale) {
        return messages.getMessage("field." + field, null, field, locale);
    }

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
