package vn.giamngheo.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê … with tones as a secondary difference), as
 * officials expect lists sorted. The JDK ships Vietnamese collation rules; the database's "C"
 * collation would put "Đ" after "Z".
 */
public final class VietnameseOrder {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseOrder() {}

    public static Comparator<String> names() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator::compare;
    }

    public static <T> Comparator<T> by(Function<T, String> name) {
        Comparator<String> names = names();
        return (a, b) -> names.compare(name.apply(a), name.apply(b));
    }
}
