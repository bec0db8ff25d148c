package vn.giamngheo.planning.extraction;

import java.text.Normalizer;

/**
 * Vietnamese text folded character by character — lower case, no tone or vowel marks, "đ" as "d" —
 * so that a position in the folded text is the same position in the original. Patterns are matched
 * on the folded text ("truoc ngay 05 thang 11 hang nam") and the span is cut from the original.
 * {@link vn.giamngheo.shared.TextFolding} collapses spaces and so cannot be used for spans.
 */
final class FoldedText {
    private static final char[] TABLE = new char[0x2000];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = foldSlowly(c);
        }
    }

    private FoldedText() {}

    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    static char fold(char c) {
        return c < TABLE.length ? TABLE[c] : foldSlowly(c);
    }

    private static char foldSlowly(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.getType(base) == Character.NON_SPACING_MARK ? c : Character.toLowerCase(base);
    }
}
