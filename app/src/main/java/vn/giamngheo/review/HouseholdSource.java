package vn.giamngheo.review;

import java.util.List;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.standard.HouseholdInput;

/**
 * Where an import reads households from, one at a time (the file is never held whole): JSON Lines,
 * CSV, and — when the documents module provides its reader — XLSX. Each row is a household or the
 * problems that stop it being read, with the row (line) number people see in their file.
 */
public interface HouseholdSource extends AutoCloseable {

    /** The next household, or null at the end. */
    Row next();

    /** JSONL, CSV or XLSX: recorded with the import job. */
    String format();

    @Override
    void close();

    /**
     * One household read from the file: its first row number, the exchange-format line as given
     * (null when the format is not JSON Lines), the household or its problems, and the village
     * named in the file (null when the file names none).
     */
    record Row(int row, String line, HouseholdInput input, String village, List<InvalidInput.Problem> problems) {
        public Row {
            problems = problems == null ? List.of() : List.copyOf(problems);
        }

        public static Row of(int row, String line, HouseholdInput input, String village) {
            return new Row(row, line, input, village, List.of());
        }

        public static Row problem(int row, String field, Message message) {
            return new Row(
                    row,
                    null,
                    null,
                    null,
                    List.of(InvalidInput.Problem.of(field, message).at(row, "")));
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
