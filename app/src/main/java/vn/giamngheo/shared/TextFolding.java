package vn.giamngheo.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for accent-insensitive search and matching: "Thọ Xuân", "tho xuan" and
 * "THO XUAN" fold to the same key. "đ" is a letter of its own, not an accented "d", so Unicode
 * decomposition leaves it alone; it is mapped explicitly.
 */
public final class TextFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFolding() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(java.util.Locale.ROOT))
                .replaceAll(" ")
                .trim();
    }

    /** Escapes a folded search term for use inside a SQL LIKE pattern. */
    public static String likeContains(String text) {
        String folded = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }
}
