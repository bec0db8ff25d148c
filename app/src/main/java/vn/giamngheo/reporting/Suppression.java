package vn.giamngheo.reporting;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.reporting.Report.Cell;
import vn.giamngheo.reporting.Report.Column;
import vn.giamngheo.reporting.Report.Row;
import vn.giamngheo.reporting.Report.Table;

/**
 * Small-cell suppression for reports meant for the public (docs/decisions/0601-reporting.md). Primary: a count of
 * fewer than {@code min} households (1 … min−1) is shown as "&lt;min", never as the number; a persons
 * count goes with its households count. Secondary: where a row (a unit) or a column (over the child
 * units, whose total is shown) has exactly one suppressed count, the smallest other non-zero count in
 * it is suppressed too, so that no suppressed cell can be got back by subtraction from a total or an
 * identity; repeated until nothing changes. A rate is suppressed with its numerator or denominator.
 * Pure.
 */
final class Suppression {
    private Suppression() {}

    static Table apply(Table table, int min) {
        List<Column> cols = table.columns();
        int rows = table.rows().size();
        boolean[][] hidden = new boolean[rows][cols.size()];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols.size(); c++) {
                Column col = cols.get(c);
                if (col.kind() != Column.Kind.COUNT) {
                    continue;
                }
                int base = col.base() >= 0 ? col.base() : c;
                Long v = table.rows().get(r).cells().get(base).count();
                hidden[r][c] = v != null && v > 0 && v < min;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                changed |= secondaryInRow(table, hidden, r);
            }
            for (int c = 0; c < cols.size(); c++) {
                changed |= secondaryInColumn(table, hidden, c);
            }
        }
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            Row row = table.rows().get(r);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < cols.size(); c++) {
                Column col = cols.get(c);
                boolean hide = hidden[r][c]
                        || (col.kind() == Column.Kind.RATE
                                && ((col.numerator() >= 0 && hidden[r][col.numerator()])
                                        || (col.denominator() >= 0 && hidden[r][col.denominator()])));
                cells.add(hide ? Cell.hidden(min) : row.cells().get(c));
            }
            out.add(new Row(row.unitId(), row.name(), row.total(), cells, row.link()));
        }
        return new Table(table.title(), cols, out);
    }

    private static boolean secondaryInRow(Table table, boolean[][] hidden, int r) {
        List<Integer> counts = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).kind() == Column.Kind.COUNT) {
                counts.add(c);
            }
        }
        return suppressOneMore(counts.stream().map(c -> new int[] {r, c}).toList(), table, hidden);
    }

    private static boolean secondaryInColumn(Table table, boolean[][] hidden, int c) {
        if (table.columns().get(c).kind() != Column.Kind.COUNT) {
            return false;
        }
        List<int[]> cells = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            if (!table.rows().get(r).total()) {
                cells.add(new int[] {r, c});
            }
        }
        return cells.size() > 1 && suppressOneMore(cells, table, hidden);
    }

    /** When exactly one of the cells is hidden, hides the smallest other non-zero one; true if it did. */
    private static boolean suppressOneMore(List<int[]> cells, Table table, boolean[][] hidden) {
        int hiddenCount = 0;
        int[] smallest = null;
        long smallestValue = Long.MAX_VALUE;
        for (int[] rc : cells) {
            if (hidden[rc[0]][rc[1]]) {
                hiddenCount++;
                continue;
            }
            Long v = table.rows().get(rc[0]).cells().get(rc[1]).count();
            if (v != null && v > 0 && v < smallestValue) {
                smallestValue = v;
                smallest = rc;
            }
        }
        if (hiddenCount == 1 && smallest != null) {
            hidden[smallest[0]][smallest[1]] = true;
            return true;
        }
        return false;
    }
}
