package vn.giamngheo.standard.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.PovertyClassifier;
import vn.giamngheo.standard.PovertyStandard;

/**
 * Classifies a stream of household lines under one standard, writing one result or error line per
 * input line in input order. Blank lines are skipped without output (a trailing newline or an empty
 * line between records is not an error); every other line gives exactly one output line.
 *
 * <p>Lines are read in chunks of about 256 KiB; with more than one thread, chunks are classified in
 * parallel and written in their order, with at most two chunks per thread in flight, so memory
 * stays bounded whatever the size of the input.
 */
public final class JsonLinesClassification {
    private final PovertyStandard standard;
    private final int threads;
    private final int maxLine;

    /** One thread, as the API uses it: a request does not take over the server's cores. */
    public JsonLinesClassification(PovertyStandard standard) {
        this(standard, 1, LineSource.DEFAULT_MAX_LINE);
    }

    public JsonLinesClassification(PovertyStandard standard, int threads) {
        this(standard, threads, LineSource.DEFAULT_MAX_LINE);
    }

    JsonLinesClassification(PovertyStandard standard, int threads, int maxLine) {
        this.standard = standard;
        this.threads = Math.max(1, threads);
        this.maxLine = maxLine;
    }

    /** How a run went: lines read (blank ones not counted), results written, error lines written. */
    public record Summary(long lines, long classified, long errors) {}

    public Summary run(InputStream in, OutputStream out) throws IOException {
        LineSource lines = new LineSource(in, maxLine);
        Tally tally = new Tally();
        if (threads == 1) {
            HouseholdLineParser parser = new HouseholdLineParser();
            LineChunk chunk = new LineChunk();
            while (!readChunk(lines, chunk).isEmpty()) {
                tally.write(chunk.classify(standard, parser, maxLine), out);
                chunk.reset();
            }
        } else {
            runParallel(lines, out, tally);
        }
        out.flush();
        return new Summary(tally.lines, tally.lines - tally.errors, tally.errors);
    }

    private void runParallel(LineSource lines, OutputStream out, Tally tally) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "classify-worker");
            thread.setDaemon(true);
            return thread;
        });
        ThreadLocal<HouseholdLineParser> parsers = ThreadLocal.withInitial(HouseholdLineParser::new);
        ArrayDeque<Future<LineChunk.Output>> inFlight = new ArrayDeque<>();
        ArrayDeque<LineChunk> inOrder = new ArrayDeque<>();
        ArrayDeque<LineChunk> free = new ArrayDeque<>();
        try {
            LineChunk chunk;
            while (!(chunk = readChunk(lines, free.isEmpty() ? new LineChunk() : free.poll())).isEmpty()) {
                LineChunk ready = chunk;
                inFlight.add(pool.submit(() -> ready.classify(standard, parsers.get(), maxLine)));
                inOrder.add(ready);
                while (inFlight.size() > 2 * threads) {
                    tally.write(next(inFlight), out);
                    free.add(recycled(inOrder.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                tally.write(next(inFlight), out);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static LineChunk.Output next(ArrayDeque<Future<LineChunk.Output>> inFlight) throws IOException {
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while classifying");
        } catch (ExecutionException e) {
            throw new IllegalStateException("a classification worker failed", e.getCause());
        }
    }

    private static LineChunk recycled(LineChunk written) {
        written.reset();
        return written;
    }

    private static LineChunk readChunk(LineSource lines, LineChunk chunk) throws IOException {
        while (!chunk.full() && lines.next()) {
            if (lines.tooLong() || !lines.blank()) {
                chunk.add(lines);
            }
        }
        return chunk;
    }

    /** One household as the API receives it: the result line, or {@link InvalidInput} naming the field. */
    public String classifyOne(String json) {
        try {
            HouseholdInput household = new HouseholdLineParser().parse(json);
            return ResultLines.result(household.ref(), PovertyClassifier.classify(household, standard));
        } catch (LineProblem e) {
            throw new InvalidInput(List.of(InvalidInput.Problem.of(e.field() == null ? "" : e.field(), e.message())
                    .at(1, e.ref())));
        }
    }

    /** Counts what was written. */
    private static final class Tally {
        long lines;
        long errors;

        void write(LineChunk.Output output, OutputStream out) throws IOException {
            output.utf8().writeTo(out);
            lines += output.lines();
            errors += output.errors();
        }
    }
}
