package vn.giamngheo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A text block followed by {@code +} is how "WHERE" + "true" became "WHEREtrue": a text block
 * drops its trailing spaces, so whatever is glued after it runs into its last word. SQL is written
 * whole (a text block, or {@code .formatted} with a constant), never a text block plus more text.
 */
class TextBlockConcatenationTest {

    @Test
    void noTextBlockInTheApplicationIsFollowedByPlus() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                found.addAll(concatenations(f.toString(), Files.readString(f)));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsATextBlockFollowedByPlusAcrossALineBreak() {
        String glued = "class A { String s = \"\"\"\n    SELECT 1 WHERE\n    \"\"\"\n        + \"true\"; }";
        String whole =
                "class A { String s = \"\"\"\n    SELECT 1 WHERE true\n    \"\"\".formatted(); String t = \"a\" + \"b\"; }";
        assertThat(concatenations("A.java", glued)).hasSize(1);
        assertThat(concatenations("A.java", whole)).isEmpty();
    }

    /** The lines where a text block closes and the next token is {@code +}. */
    static List<String> concatenations(String name, String source) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = source.indexOf("\"\"\"", i);
            if (open < 0) {
                return found;
            }
            int close = closing(source, open + 3);
            if (close < 0) {
                return found;
            }
            int next = close + 3;
            while (next < source.length() && Character.isWhitespace(source.charAt(next))) {
                next++;
            }
            if (next < source.length() && source.charAt(next) == '+') {
                found.add(name + ":" + (lineOf(source, close)));
            }
            i = close + 3;
        }
    }

    private static int closing(String source, int from) {
        int i = from;
        while (true) {
            int c = source.indexOf("\"\"\"", i);
            if (c < 0) {
                return -1;
            }
            if (source.charAt(c - 1) != '\\') {
                return c;
            }
            i = c + 3;
        }
    }

    private static int lineOf(String source, int index) {
        return (int) source.substring(0, index).chars().filter(ch -> ch == '\n').count() + 1;
    }
}
