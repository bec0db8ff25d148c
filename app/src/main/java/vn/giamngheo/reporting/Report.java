package vn.giamngheo.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;

/**
 * One standard report form as shown on screen, written to Excel and to PDF: the same object feeds
 * all three, so the numbers are the same. Labels are already in the reader's language (Vietnamese
 * for the official documents). {@code publicView}: cells below the minimum cell size are suppressed.
 */
public record Report(
        String form,
        String title,
        long unitId,
        String unitName,
        String issuer,
        int year,
        String period,
        boolean publicView,
        int minCellSize,
        List<Table> tables,
        List<String> notes) {

    /**
     * A table: a row per child unit and a total row, columns A (order) and B (unit) implicit, then
     * the numbered columns ("1", "3=2/1").
     */
    public record Table(String title, List<Column> columns, List<Row> rows) {}

    /**
     * A numbered column. {@code kind}: COUNT, RATE (percent, two decimals) or TEXT; {@code base}: the
     * index of the households column whose size decides primary suppression (-1: none); {@code
     * numerator}/{@code denominator}: the columns a rate is computed from (-1: none); {@code key}: the
     * cell it shows ("POOR|HH"; "RATE:" before a rate's numerator), what exports name it by (null: none).
     */
    public record Column(String number, String label, Kind kind, int base, int numerator, int denominator, String key) {
        public enum Kind {
            COUNT,
            RATE,
            TEXT
        }

        static Column count(String number, String label, String key) {
            return new Column(number, label, Kind.COUNT, -2, -1, -1, key);
        }

        static Column persons(String number, String label, int households, String key) {
            return new Column(number, label, Kind.COUNT, households, -1, -1, key);
        }

        static Column rate(String number, String label, int numerator, int denominator, String key) {
            return new Column(number, label, Kind.RATE, -1, numerator, denominator, key);
        }

        static Column text(String number, String label) {
            return new Column(number, label, Kind.TEXT, -1, -1, -1, null);
        }
    }

    /** A row: a child unit, or the total ({@code total}) which is the unit itself. {@code link}: a page for it. */
    public record Row(Long unitId, String name, boolean total, List<Cell> cells, String link) {}

    /** A value: a count (Long), a rate in percent (BigDecimal, two decimals), a text, or suppressed ("<5"). */
    public record Cell(Object value, boolean suppressed, String text) {
        static Cell of(Object value) {
            return new Cell(value, false, format(value));
        }

        static Cell hidden(int minCellSize) {
            return new Cell(null, true, "<" + minCellSize);
        }

        @JsonIgnore
        public Long count() {
            return value instanceof Long l ? l : null;
        }

        private static String format(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof BigDecimal d) {
                return d.toPlainString();
            }
            return value.toString();
        }
    }
}
