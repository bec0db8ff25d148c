package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.planning.extraction.ExtractedTask;
import vn.giamngheo.planning.extraction.ReportingDuty;
import vn.giamngheo.planning.extraction.Schedule;
import vn.giamngheo.planning.extraction.ScheduleKind;
import vn.giamngheo.shared.InvalidInput.Problem;

class PlanValidationTest {
    static ExtractedTask task(String number, String text, Schedule schedule) {
        return new ExtractedTask(
                "II",
                number,
                null,
                text,
                null,
                List.of("Phòng Tư pháp"),
                List.of(),
                List.of(),
                List.of(),
                schedule,
                List.of(),
                List.of());
    }

    static PlanDraft draft(List<ExtractedTask> tasks, List<ReportingDuty> duties) {
        return new PlanDraft(
                7L,
                2024,
                2024,
                "12/KH-UBND",
                "KH-UBND",
                "2024-02-30",
                null,
                "UBND huyện",
                " ",
                null,
                null,
                null,
                null,
                tasks,
                null,
                duties,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void everyProblemIsListedWithItsLineAndField() {
        List<Problem> problems = PlanValidation.problems(draft(
                List.of(
                        task("1.1", "Tuyên truyền", new Schedule(ScheduleKind.ONGOING, null, null, null, null, "")),
                        task("", "Rà soát", new Schedule(ScheduleKind.MONTH, null, 4, null, null, "trong tháng 4")),
                        task("1.3", " ", new Schedule(ScheduleKind.YEARLY_BEFORE_DAY, null, 2, 30, null, ""))),
                List.of(new ReportingDuty("IV", "1", List.of("UBND các xã"), List.of(), null, null, null, "…"))));
        assertThat(problems)
                .extracting(Problem::line, Problem::field)
                .containsExactly(
                        tuple(0, "title"),
                        tuple(0, "date"),
                        tuple(2, "tasks[1].number"),
                        tuple(2, "tasks[1].schedule.year"),
                        tuple(3, "tasks[2].text"),
                        tuple(3, "tasks[2].schedule.day"),
                        tuple(1, "reportingDuties[0]"));
    }

    @Test
    void aWellFormedPlanHasNoProblems() {
        PlanDraft ok = new PlanDraft(
                7L,
                2024,
                2024,
                null,
                null,
                "2024",
                null,
                null,
                "Kế hoạch",
                null,
                null,
                null,
                null,
                List.of(task("1", "Làm", null)),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(PlanValidation.problems(ok)).isEmpty();
    }
}
