package vn.giamngheo.standard.jsonl;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.Wording;

/**
 * The error lines of the exchange format are read by programs and by people of any language: they
 * are worded in English from the same bundles the pages use, so no sentence lives in the code.
 */
final class ErrorLineWording {
    private static final Wording ENGLISH = new Wording(source());

    private ErrorLineWording() {}

    static String english(Message message) {
        return ENGLISH.message(message, Locale.ENGLISH);
    }

    /** "field area: is required", the form of the error lines. */
    static String english(InvalidInput e) {
        if (e.problems().isEmpty()) {
            return "";
        }
        InvalidInput.Problem p = e.problems().get(0);
        return (p.field().isEmpty() ? "" : "field " + p.field() + ": ") + english(p.message());
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
