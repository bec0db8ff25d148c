package vn.giamngheo.standard.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.PovertyClassifier;
import vn.giamngheo.standard.PovertyStandard;

/**
 * Classifies a stream of household lines under one standard, writing one result or error line per
 * input line in input order. Blank lines are skipped without output (a trailing newline or an empty
 * line between records is not an error); every other line gives exactly one output line. Memory
 * stays bounded: one line in, one batch of output (flushed every 64 KiB) at a time.
 */
public final class JsonLinesClassification {
    private static final int FLUSH_AT = 1 << 16;

    private final PovertyStandard standard;
    private final HouseholdLineParser parser = new HouseholdLineParser();
    private final int maxLine;

    public JsonLinesClassification(PovertyStandard standard) {
        this(standard, LineSource.DEFAULT_MAX_LINE);
    }

    JsonLinesClassification(PovertyStandard standard, int maxLine) {
        this.standard = standard;
        this.maxLine = maxLine;
    }

    /** How a run went: lines read (blank ones not counted), results written, error lines written. */
    public record Summary(long lines, long classified, long errors) {}

    public Summary run(InputStream in, OutputStream out) throws IOException {
        LineSource lines = new LineSource(in, maxLine);
        StringBuilder batch = new StringBuilder(FLUSH_AT + 4096);
        long read = 0;
        long errors = 0;
        while (lines.next()) {
            if (lines.tooLong()) {
                read++;
                errors++;
                ResultLines.appendError(
                        batch, null, "line " + lines.lineNumber() + ": longer than " + maxLine + " bytes");
            } else if (lines.blank()) {
                continue;
            } else {
                read++;
                if (!classifyLine(lines, batch)) {
                    errors++;
                }
            }
            batch.append('\n');
            if (batch.length() >= FLUSH_AT) {
                write(batch, out);
            }
        }
        write(batch, out);
        out.flush();
        return new Summary(read, read - errors, errors);
    }

    /** One household as the API receives it: the result line, or {@link InvalidInput} naming the field. */
    public String classifyOne(String json) {
        try {
            HouseholdInput household = parser.parse(json);
            return ResultLines.result(household.ref(), PovertyClassifier.classify(household, standard));
        } catch (LineProblem e) {
            throw new InvalidInput(java.util.List.of(
                    new InvalidInput.Problem(1, e.field() == null ? "(body)" : e.field(), e.reason())));
        }
    }

    private boolean classifyLine(LineSource lines, StringBuilder batch) {
        String ref = null;
        try {
            HouseholdInput household = parser.parse(lines.buffer(), lines.lineStart(), lines.lineLength());
            ref = household.ref();
            Classification result = PovertyClassifier.classify(household, standard);
            ResultLines.appendResult(batch, ref, result);
            return true;
        } catch (LineProblem e) {
            ResultLines.appendError(batch, e.ref(), "line " + lines.lineNumber() + ": " + e.getMessage());
        } catch (InvalidInput e) {
            ResultLines.appendError(batch, ref, "line " + lines.lineNumber() + ": " + e.getMessage());
        }
        return false;
    }

    private static void write(StringBuilder batch, OutputStream out) throws IOException {
        if (batch.length() > 0) {
            out.write(batch.toString().getBytes(StandardCharsets.UTF_8));
            batch.setLength(0);
        }
    }
}
