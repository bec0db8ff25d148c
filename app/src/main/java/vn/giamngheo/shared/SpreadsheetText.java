package vn.giamngheo.shared;

/**
 * Text written into a CSV or Excel file that a spreadsheet must show as text, never run: a cell
 * beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by
 * spreadsheets as a formula (OWASP "CSV injection"), so a commune official's {@code =HYPERLINK(…)}
 * would reach the district's spreadsheet live. Such text gets a leading apostrophe, which
 * spreadsheets hide and which keeps the text readable. Numbers are written as numbers by the callers
 * and never pass through here, so a negative count stays a number.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {}

    /** The text made inert for a spreadsheet cell; {@code null} stays {@code null}. */
    public static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** A text field of a CSV line: inert, always quoted, empty for none. */
    public static String csvField(String text) {
        return text == null ? "" : "\"" + inert(text).replace("\"", "\"\"") + "\"";
    }
}
