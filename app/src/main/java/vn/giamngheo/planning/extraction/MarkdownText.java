package vn.giamngheo.planning.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a plain-text or markdown plan with the markdown taken out: heading marks, emphasis
 * ({@code **}, {@code *}) and backslash escapes. The seeds are .txt files written in markdown
 * ("\* **Phân công thực hiện:**"), so .txt is read the same way. Lines with tabs are table rows
 * and keep their tabs, empty cells included; a pipe table ("| TT | Tên đơn vị |") becomes such rows.
 */
final class MarkdownText {
    private static final char ESCAPED_STAR = '\uE000';
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern PIPE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");
    private static final Pattern BULLET_STAR = Pattern.compile("^(\\s*)\\*\\s+");

    private MarkdownText() {}

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String trimmed = raw.strip();
            if (PIPE_RULE.matcher(trimmed).matches()) {
                continue; // "|---|:---:|" under a pipe table's header
            }
            boolean pipeRow = trimmed.length() > 1 && trimmed.startsWith("|") && trimmed.endsWith("|");
            lines.add(pipeRow ? pipeRow(trimmed) : line(raw));
        }
        return lines;
    }

    /** A markdown pipe-table row as tab-separated cells, like a .docx or tab-separated .txt table. */
    private static String pipeRow(String row) {
        String[] cells = row.substring(1, row.length() - 1).split("(?<!\\\\)\\|", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            out.append(i > 0 ? "\t" : "").append(line(cells[i].replace("\\|", "|")));
        }
        return out.toString();
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
