package vn.giamngheo.review;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import vn.giamngheo.review.documents.XlsxHousehold;
import vn.giamngheo.review.documents.XlsxHouseholdReader;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.standard.ExchangeFormat;

/**
 * Households from the survey spreadsheet (the downloadable template, docs/review-xlsx-template.md).
 * The reader pushes households as it streams the sheet; a small queue hands them to the import one
 * at a time, so a 100,000-household sheet is never held whole. Years of birth become ages at the
 * campaign's year.
 */
final class XlsxHouseholdSource implements HouseholdSource {
    private static final Row END = Row.problem(Integer.MAX_VALUE, "", Message.of("review.import.end"));
    private final InputStream in;
    private final int referenceYear;
    private final BlockingQueue<Row> queue = new ArrayBlockingQueue<>(256);
    private Thread reader;
    private volatile RuntimeException failure;

    XlsxHouseholdSource(InputStream in, int referenceYear) {
        this.in = in;
        this.referenceYear = referenceYear;
    }

    @Override
    public Row next() {
        if (reader == null) {
            start();
        }
        try {
            Row row = queue.take();
            if (row == END) {
                queue.put(END);
                if (failure != null) {
                    throw failure;
                }
                return null;
            }
            return row;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the spreadsheet", e);
        }
    }

    private void start() {
        reader = new Thread(
                () -> {
                    try {
                        new XlsxHouseholdReader(referenceYear).read(in, household -> put(toRow(household)));
                    } catch (RuntimeException e) {
                        failure = e;
                    } finally {
                        put(END);
                    }
                },
                "xlsx-import");
        reader.setDaemon(true);
        reader.start();
    }

    private static Row toRow(XlsxHousehold household) {
        if (household instanceof XlsxHousehold.Line line) {
            try {
                return Row.of(line.firstRow(), line.json(), ExchangeFormat.parse(line.json()), line.village());
            } catch (InvalidInput e) {
                return new Row(
                        line.firstRow(),
                        line.json(),
                        null,
                        line.village(),
                        e.problems().stream()
                                .map(p -> p.at(line.firstRow(), line.ref()))
                                .toList());
            }
        }
        XlsxHousehold.Unreadable bad = (XlsxHousehold.Unreadable) household;
        return new Row(
                bad.firstRow(),
                null,
                null,
                null,
                bad.problems().stream().map(p -> p.asProblem()).toList());
    }

    private void put(Row row) {
        try {
            queue.put(row);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String format() {
        return "XLSX";
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.interrupt();
        }
        try {
            in.close();
        } catch (java.io.IOException ignored) {
            // nothing left to do with a stream we only read
        }
    }

    static List<String> contentTypes() {
        return List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
