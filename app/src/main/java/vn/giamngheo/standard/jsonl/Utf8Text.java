package vn.giamngheo.standard.jsonl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer for writing JSON text by hand. The result lines are encoded straight
 * to bytes: built in a {@code StringBuilder}, a line with one Vietnamese character (the reasons' "≤")
 * turned the whole builder into UTF-16, and the text was then copied to a String and encoded again
 * — about 5 kB allocated for a 300-byte line, the largest cost of the command after parsing.
 * Reused: a chunk of lines keeps its buffer from one chunk to the next.
 */
public final class Utf8Text {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private byte[] buf;
    private int length;

    public Utf8Text(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public void clear() {
        length = 0;
    }

    public int length() {
        return length;
    }

    /** Text known to be ASCII (field names, codes, punctuation). */
    public Utf8Text ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[length++] = (byte) s.charAt(i);
        }
        return this;
    }

    public Utf8Text ascii(char c) {
        ensure(1);
        buf[length++] = (byte) c;
        return this;
    }

    public Utf8Text number(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                return ascii(Long.toString(v));
            }
            ascii('-');
            v = -v;
        }
        int digits = 1;
        for (long rest = v / 10; rest > 0; rest /= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = length + digits - 1; i >= length; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        length += digits;
        return this;
    }

    /**
     * {@code s} as a quoted JSON string, or {@code null}: only the characters JSON requires are
     * escaped (RFC 8259 §7), the rest encoded as UTF-8; a lone surrogate becomes '?' as
     * {@link String#getBytes} makes it.
     */
    public Utf8Text jsonString(String s) {
        if (s == null) {
            ensure(4);
            System.arraycopy(NULL, 0, buf, length, 4);
            length += 4;
            return this;
        }
        int n = s.length();
        // room for every char at 3 bytes (a surrogate pair is 4 for 2 chars); an escape (6 bytes)
        // makes room again for the rest
        ensure(n * 3 + 2);
        buf[length++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    buf[length++] = (byte) c;
                } else {
                    escape(c, n - i - 1);
                }
            } else if (c < 0x800) {
                buf[length++] = (byte) (0xC0 | c >> 6);
                buf[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[length++] = (byte) (0xF0 | cp >> 18);
                buf[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[length++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                buf[length++] = '?';
            } else {
                buf[length++] = (byte) (0xE0 | c >> 12);
                buf[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
        buf[length++] = '"';
        return this;
    }

    private void escape(char c, int charsAfter) {
        ensure(6 + charsAfter * 3 + 1);
        buf[length++] = '\\';
        switch (c) {
            case '"' -> buf[length++] = '"';
            case '\\' -> buf[length++] = '\\';
            case '\n' -> buf[length++] = 'n';
            case '\r' -> buf[length++] = 'r';
            case '\t' -> buf[length++] = 't';
            default -> {
                buf[length++] = 'u';
                buf[length++] = '0';
                buf[length++] = '0';
                buf[length++] = HEX[c >> 4];
                buf[length++] = HEX[c & 0xF];
            }
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, length);
    }

    @Override
    public String toString() {
        return new String(buf, 0, length, StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (length + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + more));
        }
    }
}
