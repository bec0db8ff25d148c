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
            p.add(new Problem(0, "unitId", "the unit the plan is for is required"));
        }
        if (blank(d.title())) {
            p.add(new Problem(0, "title", "a title is required"));
        } else if (d.title().length() > 2000) {
            p.add(new Problem(0, "title", "longer than 2000 characters"));
        }
        if (d.number() != null && d.number().length() > 100) {
            p.add(new Problem(0, "number", "longer than 100 characters"));
        }
        if (d.date() != null && !d.date().isBlank() && !validDate(d.date())) {
            p.add(new Problem(0, "date", "write the date as YYYY-MM-DD, YYYY-MM or YYYY, not \"" + d.date() + "\""));
        }
        year(p, 0, "periodFrom", d.periodFrom());
        year(p, 0, "periodTo", d.periodTo());
        if (d.periodFrom() != null && d.periodTo() != null && d.periodFrom() > d.periodTo()) {
            p.add(new Problem(
                    0, "periodTo", "the period ends (" + d.periodTo() + ") before it starts (" + d.periodFrom() + ")"));
        }
        for (int i = 0; i < d.implemented().size(); i++) {
            DocumentReference r = d.implemented().get(i);
            String f = "implements[" + i + "]";
            if (r == null || (blank(r.number()) && blank(r.source()))) {
                p.add(new Problem(i + 1, f, "a referenced document needs a number or its text"));
            } else if (r.date() != null && !r.date().isBlank() && !validDate(r.date())) {
                p.add(new Problem(i + 1, f + ".date", "write the date as YYYY-MM-DD, YYYY-MM or YYYY"));
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
            p.add(new Problem(i + 1, f, "an empty task"));
            return;
        }
        if (blank(t.number())) {
            p.add(new Problem(i + 1, f + ".number", "a task needs its number as printed (\"1.3\", \"2.a\")"));
        } else if (t.number().length() > 40) {
            p.add(new Problem(i + 1, f + ".number", "longer than 40 characters"));
        }
        if (blank(t.text())) {
            p.add(new Problem(i + 1, f + ".text", "a task needs its text"));
        } else if (t.text().length() > LONG_TEXT) {
            p.add(new Problem(i + 1, f + ".text", "longer than " + LONG_TEXT + " characters"));
        }
        names(p, i + 1, f + ".lead", t.lead());
        names(p, i + 1, f + ".coordinators", t.coordinators());
        names(p, i + 1, f + ".collective", t.collective());
        schedule(p, i + 1, f + ".schedule", t.schedule());
    }

    private static void duty(List<Problem> p, int i, ReportingDuty r) {
        String f = "reportingDuties[" + i + "]";
        if (r == null) {
            p.add(new Problem(i + 1, f, "an empty reporting duty"));
            return;
        }
        if (r.period() == null && r.schedule() == null) {
            p.add(new Problem(i + 1, f, "a report needs a period or a deadline"));
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
                p.add(new Problem(line, field + "[" + k + "]", "an empty unit name"));
            } else if (n.length() > 500) {
                p.add(new Problem(line, field + "[" + k + "]", "longer than 500 characters"));
            }
        }
    }

    /** The calendar fields each kind needs (ScheduleKind), and that they make a date. */
    static void schedule(List<Problem> p, int line, String f, Schedule s) {
        if (s == null) {
            return;
        }
        if (s.kind() == null) {
            p.add(new Problem(
                    line,
                    f + ".kind",
                    "a schedule needs its kind (ONGOING, MONTH, YEARLY_MONTH, "
                            + "YEARLY_BEFORE_DAY, BEFORE_DATE, EVENT, ON_REQUEST)"));
            return;
        }
        if (s.month() != null && (s.month() < 1 || s.month() > 12)) {
            p.add(new Problem(line, f + ".month", "a month is 1 to 12, not " + s.month()));
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
                    p.add(new Problem(line, f + ".day", "no day " + s.day() + " in month " + s.month()));
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
                    p.add(new Problem(line, f + ".day", s.day() + "/" + s.month() + "/" + s.year() + " is not a date"));
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
            p.add(new Problem(line, field, "required for a " + kind + " schedule"));
        }
    }

    private static void year(List<Problem> p, int line, String field, Integer year) {
        if (year != null && (year < 1945 || year > 2100)) {
            p.add(new Problem(line, field, "a year between 1945 and 2100, not " + year));
        }
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
