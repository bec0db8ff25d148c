package vn.giamngheo.review.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.giamngheo.review.documents.SurveyColumns.Column;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.TextFolding;

/**
 * Reads a filled survey template (see {@link XlsxHouseholdTemplate}, docs/review-xlsx-template.md)
 * household by household: member rows are grouped by household code, and each household is handed
 * on as one exchange-format JSON line with the sheet row where it begins, or with every cell that
 * cannot be read. Rows stream through SAX and only one household is held at a time, so 100,000
 * households fit easily in 1 GB of heap.
 *
 * <p>Columns are found by the template's hidden field-name row ("ref", "members.sex"…), or, when a
 * sheet lost it, by the Vietnamese headers; either way a header this reader does not know is an
 * error rather than a column silently dropped. A problem with the file as a whole (not a workbook,
 * no header row) is thrown as {@link InvalidInput}.
 */
public final class XlsxHouseholdReader {
    /** Headers are looked for within this many rows from the top. */
    private static final int HEADER_SEARCH_ROWS = 30;

    private static final Pattern NUMBERING = Pattern.compile("\\(\\d+\\)");
    private static final String REF_HEADER = TextFolding.fold("Mã hộ");

    private final int referenceYear;

    /** @param referenceYear the review's year, in which a year of birth becomes an age */
    public XlsxHouseholdReader(int referenceYear) {
        this.referenceYear = referenceYear;
    }

    public void read(Path xlsx, Consumer<XlsxHousehold> sink) {
        Households households = new Households(sink);
        SheetRows.read(xlsx, XlsxHouseholdTemplate.SHEET, households);
        households.end();
    }

    /**
     * Reads an upload. The stream is first copied to a temporary file, because an .xlsx is a zip
     * whose parts can only be streamed from a file without unpacking them all into memory.
     */
    public void read(InputStream xlsx, Consumer<XlsxHousehold> sink) {
        Path file = null;
        try {
            file = Files.createTempFile("giamngheo-households-", ".xlsx");
            Files.copy(xlsx, file, StandardCopyOption.REPLACE_EXISTING);
            read(file, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    /** Every household of a small sheet at once, for tests and previews. */
    public List<XlsxHousehold> readAll(InputStream xlsx) {
        List<XlsxHousehold> all = new ArrayList<>();
        read(xlsx, all::add);
        return all;
    }

    /** Follows the sheet from the header rows through the data rows. */
    private final class Households implements SheetRows.Sink {
        private final Consumer<XlsxHousehold> sink;
        /** Where each household code began, to catch a household whose rows are not together. */
        private final Map<String, Integer> seen = new HashMap<>();

        private Map<Integer, Column> columns;
        private List<CellProblem> headerProblems = List.of();
        private int refColumn = -1;
        private boolean inData;
        private HouseholdGroup current;

        Households(Consumer<XlsxHousehold> sink) {
            this.sink = sink;
        }

        @Override
        public void row(SheetRows.Row row) {
            if (!inData) {
                if (header(row)) {
                    return;
                }
                if (columns == null) {
                    if (row.number() >= HEADER_SEARCH_ROWS) {
                        throw noHeader(row.number());
                    }
                    return;
                }
                startData();
            }
            data(row);
        }

        void end() {
            if (columns == null) {
                throw noHeader(0);
            }
            if (!inData) {
                startData();
            }
            flush();
        }

        /** True when the row is a header row: field names, Vietnamese headers, or "(1) (2)…". */
        private boolean header(SheetRows.Row row) {
            boolean fieldNames = row.cells().stream()
                    .anyMatch(c -> SurveyColumns.REF.equals(c.value().strip()));
            if (fieldNames) {
                map(row, true);
                return true;
            }
            boolean labels = row.cells().stream().anyMatch(c -> REF_HEADER.equals(TextFolding.fold(c.value())));
            if (labels) {
                if (columns == null) {
                    map(row, false);
                }
                return true;
            }
            return columns != null
                    && !row.cells().isEmpty()
                    && row.cells().stream()
                            .allMatch(c -> NUMBERING.matcher(c.value().strip()).matches());
        }

        private void map(SheetRows.Row row, boolean byField) {
            Map<Integer, Column> found = new LinkedHashMap<>();
            Map<Column, Integer> used = new HashMap<>();
            List<CellProblem> problems = new ArrayList<>();
            for (SheetRows.Cell cell : row.cells()) {
                String text = cell.value().strip();
                if (text.isEmpty()) {
                    continue;
                }
                String letter = SheetRows.columnLetter(cell.column());
                Column column = (byField ? SurveyColumns.byField(text) : SurveyColumns.byHeader(text)).orElse(null);
                if (column == null) {
                    problems.add(new CellProblem(
                            row.number(),
                            letter,
                            text,
                            byField
                                    ? Message.of("review.sheet.unknownField")
                                    : Message.of("review.sheet.unknownHeader")));
                } else if (used.containsKey(column)) {
                    problems.add(new CellProblem(
                            row.number(),
                            letter,
                            column.field(),
                            Message.of("review.sheet.sameColumn", SheetRows.columnLetter(used.get(column)))));
                } else {
                    used.put(column, cell.column());
                    found.put(cell.column(), column);
                }
            }
            columns = found;
            headerProblems = problems;
            Integer ref = used.get(SurveyColumns.byField(SurveyColumns.REF).orElseThrow());
            refColumn = ref == null ? -1 : ref;
        }

        private void startData() {
            inData = true;
            List<CellProblem> problems = new ArrayList<>(headerProblems);
            if (refColumn < 0) {
                problems.add(new CellProblem(0, null, SurveyColumns.REF, Message.of("review.sheet.noRefColumn")));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(
                        problems.stream().map(CellProblem::asProblem).toList());
            }
        }

        private void data(SheetRows.Row row) {
            Map<Column, SheetRows.Cell> cells = new LinkedHashMap<>();
            SheetRows.Cell refCell = null;
            for (SheetRows.Cell cell : row.cells()) {
                Column column = columns.get(cell.column());
                if (column == null
                        || (cell.type() == SheetRows.Type.TEXT && cell.value().isBlank())) {
                    continue;
                }
                if (cell.column() == refColumn) {
                    refCell = cell;
                } else {
                    cells.put(column, cell);
                }
            }
            if (refCell == null && cells.isEmpty()) {
                return;
            }
            String ref = null;
            CellProblem refProblem = null;
            if (refCell != null) {
                try {
                    ref = SurveyCells.text(refCell);
                } catch (SurveyCells.Unreadable e) {
                    ref = refCell.value().strip();
                    refProblem = new CellProblem(
                            row.number(), SheetRows.columnLetter(refColumn), SurveyColumns.REF, e.message());
                }
            }
            if (ref == null) {
                if (current == null) {
                    sink.accept(new XlsxHousehold.Unreadable(
                            null,
                            row.number(),
                            List.of(new CellProblem(
                                    row.number(),
                                    SheetRows.columnLetter(refColumn),
                                    SurveyColumns.REF,
                                    Message.of("review.sheet.noRef")))));
                    return;
                }
            } else if (current == null || !ref.equals(current.ref())) {
                flush();
                current = new HouseholdGroup(ref, row.number(), referenceYear);
                Integer began = seen.putIfAbsent(ref, row.number());
                if (began != null) {
                    current.problem(new CellProblem(
                            row.number(),
                            SheetRows.columnLetter(refColumn),
                            SurveyColumns.REF,
                            Message.of("review.sheet.apart", ref, began)));
                }
            }
            if (refProblem != null) {
                current.problem(refProblem);
            }
            current.add(row.number(), cells);
        }

        private void flush() {
            if (current != null) {
                sink.accept(current.finish());
                current = null;
            }
        }

        private InvalidInput noHeader(int row) {
            return InvalidInput.of(InvalidInput.Problem.of("", "review.sheet.noHeader", HEADER_SEARCH_ROWS)
                    .at(row, ""));
        }
    }
}
