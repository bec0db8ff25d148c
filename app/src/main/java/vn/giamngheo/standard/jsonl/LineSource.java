package vn.giamngheo.standard.jsonl;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a UTF-8 byte stream into lines without decoding it (a newline byte never occurs inside a
 * multi-byte UTF-8 character), with a fixed maximum line length so that the heap stays bounded
 * whatever the input: a longer line is skipped and reported as too long. Accepts "\n" and "\r\n".
 */
final class LineSource {
    static final int DEFAULT_MAX_LINE = 1 << 20;

    private final InputStream in;
    private final int maxLine;
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    private int lineStart;
    private int lineLength;
    private boolean tooLong;
    private long lineNumber;

    LineSource(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        tooLong = false;
        int scanFrom = start;
        while (true) {
            for (int i = scanFrom; i < end; i++) {
                if (buf[i] == '\n') {
                    take(i, i + 1);
                    return true;
                }
            }
            if (eof) {
                if (start < end) {
                    take(end, end);
                    return true;
                }
                return false;
            }
            scanFrom = end - start;
            if (!makeRoom()) {
                skipRestOfLine();
                return true;
            }
            scanFrom += start;
            fill();
        }
    }

    byte[] buffer() {
        return buf;
    }

    int lineStart() {
        return lineStart;
    }

    int lineLength() {
        return lineLength;
    }

    /** The current line was longer than the maximum: its content is not available. */
    boolean tooLong() {
        return tooLong;
    }

    /** 1-based number of the current line in the input, blank lines counted. */
    long lineNumber() {
        return lineNumber;
    }

    /** Only spaces, tabs or a carriage return. */
    boolean blank() {
        for (int i = lineStart, stop = lineStart + lineLength; i < stop; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private void take(int lineEnd, int next) {
        lineStart = start;
        lineLength = lineEnd - start;
        if (lineLength > 0 && buf[lineEnd - 1] == '\r') {
            lineLength--;
        }
        start = next;
        lineNumber++;
        if (lineLength > maxLine) {
            tooLong = true;
            lineLength = 0;
        }
    }

    /** Moves the unread part to the front, growing the buffer up to the maximum line; false when full. */
    private boolean makeRoom() {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end < buf.length) {
            return true;
        }
        if (buf.length > maxLine) {
            return false;
        }
        byte[] bigger = new byte[Math.min(buf.length * 2, maxLine + 2)];
        System.arraycopy(buf, 0, bigger, 0, end);
        buf = bigger;
        return true;
    }

    private void fill() throws IOException {
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    /** Discards bytes up to and including the next newline; the line counts as too long. */
    private void skipRestOfLine() throws IOException {
        start = end = 0;
        lineNumber++;
        tooLong = true;
        lineStart = 0;
        lineLength = 0;
        while (true) {
            fill();
            if (eof) {
                start = end = 0;
                return;
            }
            for (int i = 0; i < end; i++) {
                if (buf[i] == '\n') {
                    start = i + 1;
                    return;
                }
            }
            end = 0;
        }
    }
}
