package vn.giamngheo.planning;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.planning.extraction.DocumentReference;
import vn.giamngheo.planning.extraction.ExtractedTask;
import vn.giamngheo.planning.extraction.ReportingDuty;
import vn.giamngheo.planning.extraction.Schedule;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.Message;

/**
 * Every problem of a reviewed plan before anything is stored: the field (as a JSON path,
 * "tasks[3].schedule.month"), the line (the 1-based position of the task, duty or reference; 0 for
 * the plan's own fields) and the reason. Pure: the service throws them all at once.
 */
final class PlanValidation {
    private static final int LONG_TEXT = 20_000;

    private PlanValidation() {}

    static List<Problem> problems(PlanDraft d) {
        List<Problem> p = new ArrayList<>();
        if (d.unitId() == null) {
            p.add(problem(0, "unitId", "plan.unitMissing"));
        }
        if (blank(d.title())) {
            p.add(problem(0, "title", "plan.titleMissing"));
        } else if (d.title().length() > 2000) {
            p.add(problem(0, "title", "plan.tooLong", 2000));
        }
        if (d.number() != null && d.number().length() > 100) {
            p.add(problem(0, "number", "plan.tooLong", 100));
        }
        if (d.date() != null && !d.date().isBlank() && !validDate(d.date())) {
            p.add(problem(0, "date", "plan.dateFormat", d.date()));
        }
        year(p, 0, "periodFrom", d.periodFrom());
        year(p, 0, "periodTo", d.periodTo());
        if (d.periodFrom() != null && d.periodTo() != null && d.periodFrom() > d.periodTo()) {
            p.add(problem(
                    0,
                    "periodTo",
                    "plan.periodReversed",
                    String.valueOf(d.periodTo()),
                    String.valueOf(d.periodFrom())));
        }
        for (int i = 0; i < d.implemented().size(); i++) {
            DocumentReference r = d.implemented().get(i);
            String f = "implements[" + i + "]";
            if (r == null || (blank(r.number()) && blank(r.source()))) {
                p.add(problem(i + 1, f, "plan.referenceEmpty"));
            } else if (r.date() != null && !r.date().isBlank() && !validDate(r.date())) {
                p.add(problem(i + 1, f + ".date", "plan.dateFormat", r.date()));
            }
        }
        for (int i = 0; i < d.tasks().size(); i++) {
            task(p, i, d.tasks().get(i));
        }
        for (int i = 0; i < d.reportingDuties().size(); i++) {
            duty(p, i, d.reportingDuties().get(i));
        }
        return p;
    }

    private static void task(List<Problem> p, int i, ExtractedTask t) {
        String f = "tasks[" + i + "]";
        if (t == null) {
            p.add(problem(i + 1, f, "plan.taskEmpty"));
            return;
        }
        if (blank(t.number())) {
            p.add(problem(i + 1, f + ".number", "plan.taskNumberMissing"));
        } else if (t.number().length() > 40) {
            p.add(problem(i + 1, f + ".number", "plan.tooLong", 40));
        }
        if (blank(t.text())) {
            p.add(problem(i + 1, f + ".text", "plan.taskTextMissing"));
        } else if (t.text().length() > LONG_TEXT) {
            p.add(problem(i + 1, f + ".text", "plan.tooLong", LONG_TEXT));
        }
        names(p, i + 1, f + ".lead", t.lead());
        names(p, i + 1, f + ".coordinators", t.coordinators());
        names(p, i + 1, f + ".collective", t.collective());
        schedule(p, i + 1, f + ".schedule", t.schedule());
    }

    private static void duty(List<Problem> p, int i, ReportingDuty r) {
        String f = "reportingDuties[" + i + "]";
        if (r == null) {
            p.add(problem(i + 1, f, "plan.dutyEmpty"));
            return;
        }
        if (r.period() == null && r.schedule() == null) {
            p.add(problem(i + 1, f, "plan.dutyWhen"));
        }
        names(p, i + 1, f + ".reporter", r.reporter());
        names(p, i + 1, f + ".recipient", r.recipient());
        schedule(p, i + 1, f + ".schedule", r.schedule());
    }

    private static void names(List<Problem> p, int line, String field, List<String> names) {
        if (names == null) {
            return;
        }
        for (int k = 0; k < names.size(); k++) {
            String n = names.get(k);
            if (blank(n)) {
                p.add(problem(line, field + "[" + k + "]", "plan.unitNameEmpty"));
            } else if (n.length() > 500) {
                p.add(problem(line, field + "[" + k + "]", "plan.tooLong", 500));
            }
        }
    }

    /** The calendar fields each kind needs (ScheduleKind), and that they make a date. */
    static void schedule(List<Problem> p, int line, String f, Schedule s) {
        if (s == null) {
            return;
        }
        if (s.kind() == null) {
            p.add(problem(line, f + ".kind", "plan.scheduleKindMissing"));
            return;
        }
        if (s.month() != null && (s.month() < 1 || s.month() > 12)) {
            p.add(problem(line, f + ".month", "plan.month", s.month()));
            return;
        }
        switch (s.kind()) {
            case MONTH -> {
                need(p, line, f + ".year", s.year(), "MONTH");
                need(p, line, f + ".month", s.month(), "MONTH");
            }
            case YEARLY_MONTH -> need(p, line, f + ".month", s.month(), "YEARLY_MONTH");
            case YEARLY_BEFORE_DAY -> {
                need(p, line, f + ".month", s.month(), "YEARLY_BEFORE_DAY");
                need(p, line, f + ".day", s.day(), "YEARLY_BEFORE_DAY");
                if (s.month() != null && s.day() != null && !validDay(2024, s.month(), s.day())) {
                    p.add(problem(line, f + ".day", "plan.noSuchDay", s.day(), s.month()));
                }
            }
            case BEFORE_DATE -> {
                need(p, line, f + ".year", s.year(), "BEFORE_DATE");
                need(p, line, f + ".month", s.month(), "BEFORE_DATE");
                need(p, line, f + ".day", s.day(), "BEFORE_DATE");
                if (s.year() != null
                        && s.month() != null
                        && s.day() != null
                        && !validDay(s.year(), s.month(), s.day())) {
                    p.add(problem(line, f + ".day", "plan.notADate", s.day() + "/" + s.month() + "/" + s.year()));
                }
            }
            case ONGOING, EVENT, ON_REQUEST -> {}
        }
        if (s.year() != null) {
            year(p, line, f + ".year", s.year());
        }
    }

    private static void need(List<Problem> p, int line, String field, Integer value, String kind) {
        if (value == null) {
            p.add(problem(line, field, "plan.scheduleNeeds", Message.of("schedule." + kind)));
        }
    }

    private static void year(List<Problem> p, int line, String field, Integer year) {
        if (year != null && (year < 1945 || year > 2100)) {
            p.add(problem(line, field, "plan.year", String.valueOf(year)));
        }
    }

    private static Problem problem(int line, String field, String code, Object... args) {
        return Problem.of(field, code, args).at(line, "");
    }

    static boolean validDate(String date) {
        if (date.matches("\\d{4}")) {
            return true;
        }
        if (date.matches("\\d{4}-\\d{2}")) {
            int m = Integer.parseInt(date.substring(5));
            return m >= 1 && m <= 12;
        }
        if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate.parse(date);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean validDay(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
