package vn.giamngheo.review;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import vn.giamngheo.shared.JsonText;

/**
 * Writes rows into a PostgreSQL {@code COPY … FROM STDIN} (text format) in large batches: tab
 * between columns, {@code \N} for null, backslash, tab, newline and carriage return escaped.
 */
final class CopyWriter {
    private static final int BATCH = 1 << 18;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(BATCH + 4096);
    private boolean firstColumn = true;

    CopyWriter(CopyIn copy) {
        this.copy = copy;
    }

    CopyWriter text(String value) {
        separator();
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    CopyWriter number(long value) {
        separator();
        buffer.append(value);
        return this;
    }

    CopyWriter number(Long value) {
        return value == null ? text(null) : number(value.longValue());
    }

    CopyWriter bool(Boolean value) {
        separator();
        buffer.append(value == null ? "\\N" : value ? "t" : "f");
        return this;
    }

    /** A PostgreSQL text[] literal with each element quoted. */
    static String textArray(java.util.List<String> values) {
        StringBuilder out = new StringBuilder(16 * values.size() + 2).append('{');
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            out.append(i == 0 ? "" : ",");
            if (v == null) {
                out.append("NULL");
            } else {
                out.append('"')
                        .append(v.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
        }
        return out.append('}').toString();
    }

    /** A JSON array of strings. */
    static String jsonArray(java.util.List<String> values) {
        StringBuilder out = new StringBuilder(64 * values.size() + 2).append('[');
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",");
            JsonText.appendString(out, values.get(i));
        }
        return out.append(']').toString();
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        firstColumn = true;
        if (buffer.length() >= BATCH) {
            flush();
        }
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    private void flush() throws SQLException {
        if (!buffer.isEmpty()) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    private void separator() {
        if (!firstColumn) {
            buffer.append('\t');
        }
        firstColumn = false;
    }
}
