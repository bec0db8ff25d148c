package vn.giamngheo.review.documents;

import java.math.BigDecimal;
import java.util.List;

/**
 * Builds one JSON object on one line, fields in the order they are added. Hand-written because the
 * lines are simple and their field order (that of docs/domain/household-format.md) should read naturally.
 */
final class JsonLine {
    private final StringBuilder out = new StringBuilder(256);
    private boolean first = true;

    JsonLine() {
        out.append('{');
    }

    JsonLine text(String name, String value) {
        name(name);
        quote(value);
        return this;
    }

    JsonLine number(String name, BigDecimal value) {
        name(name);
        out.append(value.toPlainString());
        return this;
    }

    JsonLine bool(String name, boolean value) {
        name(name);
        out.append(value);
        return this;
    }

    JsonLine texts(String name, List<String> values) {
        name(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            quote(values.get(i));
        }
        out.append(']');
        return this;
    }

    /** Objects already written as JSON, e.g. members. */
    JsonLine objects(String name, List<JsonLine> values) {
        name(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(values.get(i));
        }
        out.append(']');
        return this;
    }

    JsonLine object(String name, JsonLine value) {
        name(name);
        out.append(value);
        return this;
    }

    boolean isEmpty() {
        return first;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        quote(name);
        out.append(':');
    }

    private void quote(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }
}
