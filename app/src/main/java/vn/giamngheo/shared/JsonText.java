package vn.giamngheo.shared;

/**
 * JSON strings written straight into a buffer, for the hot paths that build JSON text by hand (the
 * classify command's result lines, the review import's COPY rows, stored explanations): only the
 * characters JSON requires are escaped (RFC 8259 §7), the rest stay as they are.
 */
public final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {}

    /** Where in a JSON document Jackson failed, as people write it: {@code household.members[2].age}. */
    public static String fieldPath(tools.jackson.core.JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** {@code s} as a quoted JSON string, or {@code null}. */
    public static void appendString(StringBuilder out, String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int from = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= 0x20 && ch != '"' && ch != '\\') {
                continue;
            }
            out.append(s, from, i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(HEX[ch >> 4]).append(HEX[ch & 0xF]);
            }
            from = i + 1;
        }
        out.append(s, from, s.length()).append('"');
    }
}
