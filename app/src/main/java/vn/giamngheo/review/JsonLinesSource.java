package vn.giamngheo.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.standard.ExchangeFormat;

/**
 * Households from JSON Lines in the exchange format, read strictly line by line (blank lines are
 * skipped, a byte-order mark at the start is allowed). The row number is the line number.
 */
final class JsonLinesSource implements HouseholdSource {
    private static final int MAX_LINE = 1 << 20;
    private final BufferedReader in;
    private int line;

    JsonLinesSource(InputStream in) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public Row next() {
        try {
            String text;
            do {
                text = in.readLine();
                if (text == null) {
                    return null;
                }
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
            } while (text.isBlank());
            if (text.length() > MAX_LINE) {
                return Row.problem(line, "", Message.of("review.import.lineTooLong", MAX_LINE));
            }
            try {
                return Row.of(line, text, ExchangeFormat.parse(text), null);
            } catch (InvalidInput e) {
                return new Row(
                        line,
                        null,
                        null,
                        null,
                        e.problems().stream().map(p -> p.at(line, "")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String format() {
        return "JSONL";
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> mediaTypes() {
        return List.of(
                "application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/json-lines");
    }
}
