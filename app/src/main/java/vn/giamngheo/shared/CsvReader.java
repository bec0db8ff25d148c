package vn.giamngheo.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV (comma or semicolon, as Excel writes it for Vietnamese locales), quoted fields
 * with embedded separators, quotes and line breaks, and a UTF-8 byte-order mark. Each record keeps
 * the line number it started on, so errors can name it.
 */
public final class CsvReader {
    private final BufferedReader in;
    private char separator;
    private int lineNumber = 0;
    private boolean first = true;

    public CsvReader(Reader reader) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    }

    /** One record: its fields and the (1-based) line it started on. */
    public record Row(int line, List<String> fields) {
        public String get(int i) {
            return i < fields.size() ? fields.get(i).trim() : "";
        }
    }

    /** The next record, or null at the end of input. */
    public Row next() {
        try {
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
            if (first) {
                first = false;
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                separator = guessSeparator(line);
            }
            int start = lineNumber;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i >= line.length()) {
                    if (quoted) {
                        String more = in.readLine();
                        if (more == null) {
                            throw new InvalidInput(List.of(InvalidInput.Problem.of("", "file.csvQuoteOpen")
                                    .at(start, "")));
                        }
                        lineNumber++;
                        field.append('\n');
                        line = more;
                        i = 0;
                        continue;
                    }
                    fields.add(field.toString());
                    break;
                }
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                } else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
                i++;
            }
            return new Row(start, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All remaining records, skipping lines that are entirely empty. */
    public List<Row> readAll() {
        List<Row> rows = new ArrayList<>();
        for (Row row = next(); row != null; row = next()) {
            if (!(row.fields().size() == 1 && row.fields().get(0).isBlank())) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static char guessSeparator(String header) {
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }
}
