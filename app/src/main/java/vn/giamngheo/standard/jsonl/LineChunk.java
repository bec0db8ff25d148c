package vn.giamngheo.standard.jsonl;

import java.util.Arrays;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.PovertyClassifier;
import vn.giamngheo.standard.PovertyStandard;

/**
 * A run of consecutive non-blank input lines, copied out of the read buffer so that a worker thread
 * can classify them while the next ones are read; {@link #classify} gives their output lines, in
 * order, as UTF-8. A line over the length limit is kept as a marker and answered with an error line.
 * About 256 KiB a chunk: its arrays then stay under G1's "humongous" size on a 256 MB heap (with
 * 1 MiB chunks every chunk forced a young collection). A chunk is {@link #reset} and used again once
 * its output is written, so a run allocates its buffers once, not per chunk.
 */
final class LineChunk {
    static final int TARGET_BYTES = 1 << 18;
    static final int MAX_LINES = 1024;
    private static final int TOO_LONG = -1;

    private byte[] data = new byte[TARGET_BYTES + 64 * 1024];
    private final Utf8Text out = new Utf8Text(TARGET_BYTES / 2);
    private int used;
    private int count;
    private int[] starts = new int[256];
    private int[] lengths = new int[256];
    private long[] lineNumbers = new long[256];

    /** What a chunk gave: its output lines (valid until the chunk is reset) and how many were errors. */
    record Output(Utf8Text utf8, int lines, int errors) {}

    /** Empty again, keeping the buffers. */
    void reset() {
        used = 0;
        count = 0;
        out.clear();
    }

    void add(LineSource line) {
        if (count == starts.length) {
            int more = count * 2;
            starts = Arrays.copyOf(starts, more);
            lengths = Arrays.copyOf(lengths, more);
            lineNumbers = Arrays.copyOf(lineNumbers, more);
        }
        lineNumbers[count] = line.lineNumber();
        if (line.tooLong()) {
            lengths[count++] = TOO_LONG;
            return;
        }
        int length = line.lineLength();
        if (used + length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, used + length));
        }
        System.arraycopy(line.buffer(), line.lineStart(), data, used, length);
        starts[count] = used;
        lengths[count++] = length;
        used += length;
    }

    boolean full() {
        return used >= TARGET_BYTES || count >= MAX_LINES;
    }

    boolean isEmpty() {
        return count == 0;
    }

    Output classify(PovertyStandard standard, HouseholdLineParser parser, int maxLine) {
        out.clear();
        int errors = 0;
        for (int i = 0; i < count; i++) {
            if (!classifyLine(i, standard, parser, maxLine, out)) {
                errors++;
            }
            out.ascii('\n');
        }
        return new Output(out, count, errors);
    }

    private boolean classifyLine(
            int i, PovertyStandard standard, HouseholdLineParser parser, int maxLine, Utf8Text out) {
        if (lengths[i] == TOO_LONG) {
            ResultLines.appendError(out, null, where(i) + "longer than " + maxLine + " bytes");
            return false;
        }
        String ref = null;
        try {
            HouseholdInput household = parser.parse(data, starts[i], lengths[i]);
            ref = household.ref();
            Classification result = PovertyClassifier.classify(household, standard);
            ResultLines.appendResult(out, ref, result);
            return true;
        } catch (LineProblem e) {
            ResultLines.appendError(out, e.ref(), where(i) + e.getMessage());
        } catch (InvalidInput e) {
            ResultLines.appendError(out, ref, where(i) + ErrorLineWording.english(e));
        } catch (RuntimeException e) {
            // Not expected: one household the classifier cannot handle must not stop the others.
            ResultLines.appendError(out, ref, where(i) + "cannot be classified: " + e);
        }
        return false;
    }

    private String where(int i) {
        return "line " + lineNumbers[i] + ": ";
    }
}
