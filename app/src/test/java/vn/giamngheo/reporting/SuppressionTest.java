package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.reporting.Report.Table;
import vn.giamngheo.reporting.TableBuilder.UnitCells;

class SuppressionTest {
    /** Rows: poor households, rate over the households, persons; two communes and their total. */
    private static Table table(long[][] values) {
        List<UnitCells> units = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            long[] v = values[i];
            units.add(new UnitCells(
                    (long) i,
                    "U" + i,
                    i == values.length - 1,
                    Map.of("POOR|HH", v[1], "POOR|PERSONS", v[2], "NEAR_POOR|HH", v[3]),
                    v[0],
                    "RECORDED",
                    null));
        }
        TableBuilder b = new TableBuilder("t", units);
        int total = b.count("households", "HOUSEHOLDS", UnitCells::denominator);
        int poor = b.count("poor", "POOR|HH");
        b.rate("rate", poor, total);
        b.persons("persons", "POOR|PERSONS", poor);
        b.count("near-poor", "NEAR_POOR|HH");
        return b.build();
    }

    private static List<String> row(Table t, int r) {
        return t.rows().get(r).cells().stream().map(Report.Cell::text).toList();
    }

    @Test
    void aCountBelowTheMinimumIsShownAsLessThanNeverAsTheNumber() {
        Table t = Suppression.apply(table(new long[][] {{100, 3, 12, 20}, {200, 30, 100, 25}, {300, 33, 112, 45}}), 5);
        assertThat(row(t, 0).get(1)).isEqualTo("<5");
        // persons go with their households, and so does the rate
        assertThat(row(t, 0).get(2)).isEqualTo("<5");
        assertThat(row(t, 0).get(3)).isEqualTo("<5");
        assertThat(t.rows().get(0).cells().stream()
                        .filter(Report.Cell::suppressed)
                        .map(Report.Cell::value))
                .allMatch(v -> v == null);
    }

    @Test
    void theTotalCannotGiveASuppressedCellBackBySubtraction() {
        Table t = Suppression.apply(table(new long[][] {{100, 3, 12, 20}, {200, 30, 100, 25}, {300, 33, 112, 45}}), 5);
        // column "poor": U0 is hidden, so U1 is hidden too (33 − 30 would give 3)
        assertThat(row(t, 1).get(1)).isEqualTo("<5");
        assertThat(row(t, 2).get(1)).isEqualTo("33");
    }

    @Test
    void aRowWithOneHiddenCountHidesOneMore() {
        Table t = Suppression.apply(table(new long[][] {{100, 40, 120, 2}, {200, 30, 100, 25}, {300, 70, 220, 27}}), 5);
        long hiddenInRow =
                t.rows().get(0).cells().stream().filter(Report.Cell::suppressed).count();
        assertThat(hiddenInRow).isGreaterThanOrEqualTo(2);
        assertThat(row(t, 0).get(4)).isEqualTo("<5");
    }

    @Test
    void zeroAndLargeCountsStayVisible() {
        Table t = Suppression.apply(table(new long[][] {{100, 0, 0, 20}, {200, 30, 100, 25}, {300, 30, 100, 45}}), 5);
        assertThat(row(t, 0)).containsExactly("100", "0", "0.00", "0", "20");
        assertThat(row(t, 2)).containsExactly("300", "30", "10.00", "100", "45");
    }
}
