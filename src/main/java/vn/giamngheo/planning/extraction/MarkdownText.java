package vn.giamngheo.planning.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a plain-text or markdown plan with the markdown taken out: heading marks, emphasis
 * ({@code **}, {@code *}) and backslash escapes. The seeds are .txt files written in markdown
 * ("\* **Phân công thực hiện:**"), so .txt is read the same way. Lines with tabs are table rows
 * and keep their tabs, empty cells included.
 */
final class MarkdownText {
    private static final char ESCAPED_STAR = '\uE000';
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern BULLET_STAR = Pattern.compile("^(\\s*)\\*\\s+");

    private MarkdownText() {}

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            lines.add(line(raw));
        }
        return lines;
    }

    static String line(String raw) {
        String s = HEADING.matcher(raw).replaceFirst("");
        s = s.replace("\\*", String.valueOf(ESCAPED_STAR));
        s = s.replace("**", "").replace("__", "");
        s = BULLET_STAR.matcher(s).replaceFirst("$1- ");
        s = s.replace("*", "");
        s = ESCAPE.matcher(s).replaceAll("$1");
        s = s.replace(ESCAPED_STAR, '*');
        return s.indexOf('\t') >= 0 ? stripSpaces(s) : s.strip();
    }

    /** Trims spaces but not tabs: a table row's leading tab is its empty first cell. */
    private static String stripSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(start, end);
    }
}
