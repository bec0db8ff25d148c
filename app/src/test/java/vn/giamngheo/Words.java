package vn.giamngheo;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.Wording;

/** Problems worded as people read them, for tests that check the wording (from the real bundles). */
public final class Words {
    public static final Locale VI = Locale.forLanguageTag("vi");
    private static final Wording WORDING = new Wording(source());

    private Words() {}

    public static Wording wording() {
        return WORDING;
    }

    public static String en(Message message) {
        return WORDING.message(message, Locale.ENGLISH);
    }

    public static String vi(Message message) {
        return WORDING.message(message, VI);
    }

    public static String en(InvalidInput.Problem problem) {
        return WORDING.problem(problem, Locale.ENGLISH);
    }

    public static String vi(InvalidInput.Problem problem) {
        return WORDING.problem(problem, VI);
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
