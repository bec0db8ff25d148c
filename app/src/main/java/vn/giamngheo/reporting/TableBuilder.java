package vn.giamngheo.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.giamngheo.reporting.Report.Cell;
import vn.giamngheo.reporting.Report.Column;
import vn.giamngheo.reporting.Report.Row;
import vn.giamngheo.reporting.Report.Table;

/**
 * Builds a table column by column from the units' cells; counts read a cell ("ROW|COL"), rates are
 * computed from two columns of the same row (percent, two decimals, as seed 003 prints them).
 */
final class TableBuilder {
    /**
     * One unit's figures: its cells, its rates' denominator and where that comes from; {@code cells}
     * null for a child unit without figures yet (its row shows "chưa có số liệu", no zeros).
     */
    record UnitCells(
            Long unitId,
            String name,
            boolean total,
            Map<String, Long> cells,
            Long denominator,
            String denominatorSource,
            String link) {
        boolean noData() {
            return cells == null;
        }

        long get(String key) {
            Long v = cells == null ? null : cells.get(key);
            return v == null ? 0 : v;
        }
    }

    private final String title;
    private final String noDataNote;
    private final List<UnitCells> units;
    private final List<Column> columns = new ArrayList<>();
    private final List<Function<UnitCells, Object>> values = new ArrayList<>();
    private int next = 1;

    TableBuilder(String title, List<UnitCells> units) {
        this(title, units, "");
    }

    TableBuilder(String title, List<UnitCells> units, String noDataNote) {
        this.title = title;
        this.units = units;
        this.noDataNote = noDataNote;
    }

    /** The number the next column gets. */
    int nextNumber() {
        return next;
    }

    /** A households (or children) count; returns its index. */
    int count(String label, String key, Function<UnitCells, Long> value) {
        return add(Column.count(Integer.toString(next++), label, key), value::apply);
    }

    int count(String label, String key) {
        return count(label, key, u -> u.get(key));
    }

    /** A count with a formula in its number ("9=1-2-3-4+5+6+7+8"). */
    int derived(String formula, String label, String key, Function<UnitCells, Long> value) {
        next++;
        return add(Column.count(formula, label, key), value::apply);
    }

    /** A persons count suppressed with the households count at {@code households}. */
    int persons(String label, String key, int households) {
        return add(Column.persons(Integer.toString(next++), label, households, key), u -> u.get(key));
    }

    /** numerator / denominator in percent; the number shows the formula ("3=2/1"). */
    int rate(String label, int numerator, int denominator) {
        String number = next++ + "=" + columns.get(numerator).number().replaceAll("=.*", "") + "/"
                + columns.get(denominator).number().replaceAll("=.*", "");
        String key = columns.get(numerator).key() == null
                ? null
                : "RATE:" + columns.get(numerator).key();
        return add(Column.rate(number, label, numerator, denominator, key), null);
    }

    int text(String label, Function<UnitCells, Object> value) {
        return add(Column.text(Integer.toString(next++), label), value);
    }

    private int add(Column c, Function<UnitCells, Object> value) {
        columns.add(c);
        values.add(value);
        return columns.size() - 1;
    }

    Table build() {
        List<Row> rows = new ArrayList<>();
        for (UnitCells u : units) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                if (u.noData()) {
                    cells.add(Cell.of(null));
                } else if (c.kind() == Column.Kind.RATE) {
                    cells.add(Cell.of(percent(
                            cells.get(c.numerator()).count(),
                            cells.get(c.denominator()).count())));
                } else {
                    cells.add(Cell.of(values.get(i).apply(u)));
                }
            }
            rows.add(new Row(u.unitId(), u.noData() ? u.name() + noDataNote : u.name(), u.total(), cells, u.link()));
        }
        return new Table(title, List.copyOf(columns), rows);
    }

    static BigDecimal percent(Long numerator, Long denominator) {
        if (numerator == null || denominator == null || denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
