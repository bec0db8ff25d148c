package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.planning.Occurrence;
import vn.giamngheo.planning.TaskOccurrence;

class BacklogTest {
    static Backlog.OverdueTask overdue(int n, String text) {
        LocalDate due = LocalDate.of(2024, 1, 1).plusDays(n);
        TaskOccurrence t = new TaskOccurrence(
                100 + n,
                7,
                "5/KH-UBND",
                "Kế hoạch",
                3,
                "Xã A",
                "1." + n,
                text,
                null,
                List.of("Phòng A", "Phòng B"),
                new Occurrence(2024, null, due, null, null),
                null,
                null,
                true,
                false);
        return new Backlog.OverdueTask(t, 400 - n);
    }

    @Test
    void thePanelShowsTheFirstTenRowsAndTheCsvHoldsThemAll() {
        List<Backlog.OverdueTask> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(overdue(i, "Việc " + i));
        }
        Backlog.OverdueTasks t = new Backlog.OverdueTasks(3, LocalDate.of(2025, 2, 5), rows);
        assertThat(t.count()).isEqualTo(12);
        assertThat(t.top()).hasSize(Backlog.TOP).first().isEqualTo(rows.get(0));
        assertThat(Backlog.csv(t).lines()).hasSize(13);
    }

    @Test
    void aTaskTextWithCommasAndQuotesStaysOneCsvField() {
        String csv = Backlog.csv(new Backlog.OverdueTasks(
                3, LocalDate.of(2025, 2, 5), List.of(overdue(0, "Rà soát, \"đột xuất\" hộ nghèo"))));
        assertThat(csv.lines().skip(1))
                .containsExactly("2024-01-01,400,3,\"Xã A\",7,\"5/KH-UBND\",100,\"1.0\","
                        + "\"Rà soát, \"\"đột xuất\"\" hộ nghèo\",\"Phòng A; Phòng B\",");
    }

    @Test
    void aTaskTextThatLooksLikeAFormulaIsWrittenAsText() {
        String csv = Backlog.csv(new Backlog.OverdueTasks(
                3, LocalDate.of(2025, 2, 5), List.of(overdue(0, "=HYPERLINK(\"http://x\",\"Xem\")"))));
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"Xem\"\")\",")
                .doesNotContain(",\"=HYPERLINK");
    }
}
