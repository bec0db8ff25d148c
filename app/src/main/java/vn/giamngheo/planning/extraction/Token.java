package vn.giamngheo.planning.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A word or a punctuation mark of a sentence, with its folded form and its span in the original.
 * Words keep inner "-", "/", "&" and "." ("LĐ-TB&XH", "20/3/2024", "4/2022"), so an abbreviation or a
 * date is one token; a dash between spaces is a token of its own.
 */
record Token(String text, String folded, int start, int end, boolean word) {

    boolean is(String foldedWord) {
        return folded.equals(foldedWord);
    }

    boolean isPunctuation(char c) {
        return !word && text.length() == 1 && text.charAt(0) == c;
    }

    /** Verbs in running text are written in lower case; the words of an agency's name are not. */
    boolean lowerInitial() {
        return word && Character.isLowerCase(text.charAt(0));
    }

    static List<Token> of(String text) {
        String folded = FoldedText.fold(text);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ("-/&.'’".indexOf(d) >= 0 && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                tokens.add(new Token(text.substring(i, j), folded.substring(i, j), i, j, true));
                i = j;
            } else {
                tokens.add(new Token(String.valueOf(c), String.valueOf(c), i, i + 1, false));
                i++;
            }
        }
        return tokens;
    }
}
