package vn.giamngheo.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes JSON Lines straight into a byte buffer: keys and fixed strings are UTF-8 encoded once, so a
 * household costs a few hundred byte copies instead of a reflective mapper and a char encoder. Commas
 * are placed automatically: every value or key after a sibling gets one.
 */
final class JsonLineWriter {
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buf;
    private int pos;
    private boolean needComma;
    private long bytesWritten;

    JsonLineWriter(OutputStream out, int bufferSize) {
        this.out = out;
        this.buf = new byte[bufferSize];
    }

    /** The bytes of {@code "name":}, to be kept in a constant. */
    static byte[] key(String name) {
        return ("\"" + name + "\":").getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes of a JSON string literal, quotes included, to be kept in a constant. */
    static byte[] literal(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes of {@code "name":value} for a pre-encoded value, to be kept in a constant. */
    static byte[] pair(String name, byte[] encodedValue) {
        byte[] key = key(name);
        byte[] out = new byte[key.length + encodedValue.length];
        System.arraycopy(key, 0, out, 0, key.length);
        System.arraycopy(encodedValue, 0, out, key.length, encodedValue.length);
        return out;
    }

    /** The two pairs {@code "name":false} and {@code "name":true}, indexed by the value. */
    static byte[][] booleanPairs(String name) {
        return new byte[][] {pair(name, FALSE), pair(name, TRUE)};
    }

    /** A key and its value together (see {@link #pair}): one copy instead of two. */
    void field(byte[] encodedPair) {
        separate();
        raw(encodedPair);
        needComma = true;
    }

    void field(byte[][] booleanPairs, boolean value) {
        field(booleanPairs[value ? 1 : 0]);
    }

    void key(byte[] encodedKey) {
        separate();
        raw(encodedKey);
        needComma = false;
    }

    void beginObject() {
        separate();
        put((byte) '{');
        needComma = false;
    }

    void endObject() {
        put((byte) '}');
        needComma = true;
    }

    void beginArray() {
        separate();
        put((byte) '[');
        needComma = false;
    }

    void endArray() {
        put((byte) ']');
        needComma = true;
    }

    /** A pre-encoded value (see {@link #literal}). */
    void value(byte[] encoded) {
        separate();
        raw(encoded);
        needComma = true;
    }

    void value(boolean b) {
        value(b ? TRUE : FALSE);
    }

    void value(long v) {
        separate();
        number(v);
        needComma = true;
    }

    /** A number given in tenths, written without a fraction when it is whole: 245 → 24.5, 300 → 30. */
    void tenths(long tenths) {
        separate();
        if (tenths < 0) {
            put((byte) '-');
            tenths = -tenths;
        }
        number(tenths / 10);
        if (tenths % 10 != 0) {
            put((byte) '.');
            put((byte) ('0' + tenths % 10));
        }
        needComma = true;
    }

    /** Starts a string value whose content the caller writes with {@link #raw} (already safe bytes). */
    void openString() {
        separate();
        quote();
    }

    void closeString() {
        quote();
        needComma = true;
    }

    /** A non-negative number left-padded with zeros to {@code width} digits (inside a string). */
    void padded(long v, int width) {
        int digits = 1;
        for (long rest = v / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            put((byte) '0');
        }
        number(v);
    }

    void quote() {
        put((byte) '"');
    }

    void space() {
        put((byte) ' ');
    }

    void slash() {
        put((byte) '/');
    }

    void raw(byte[] bytes) {
        if (pos + bytes.length > buf.length) {
            drain();
            if (bytes.length > buf.length) {
                write(bytes, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    void endLine() {
        put((byte) '\n');
        needComma = false;
    }

    long bytesWritten() {
        return bytesWritten + pos;
    }

    /** Writes out what is buffered and flushes the stream. */
    void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final byte[] digits = new byte[20];

    private void number(long v) {
        if (v < 0) {
            put((byte) '-');
            if (v == Long.MIN_VALUE) {
                raw("9223372036854775808".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            v = -v;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        if (pos + n > buf.length) {
            drain();
        }
        while (n > 0) {
            buf[pos++] = digits[--n];
        }
    }

    private void separate() {
        if (needComma) {
            put((byte) ',');
        }
    }

    private void put(byte b) {
        if (pos == buf.length) {
            drain();
        }
        buf[pos++] = b;
    }

    private void drain() {
        write(buf, pos);
        pos = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
            bytesWritten += length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
