package vn.giamngheo.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.planning.Completeness;
import vn.giamngheo.planning.ObligationStatus;
import vn.giamngheo.planning.ObligationView;
import vn.giamngheo.planning.Obligations;
import vn.giamngheo.planning.TaskOccurrence;
import vn.giamngheo.planning.Tasks;
import vn.giamngheo.shared.Actor;

/**
 * What is behind schedule in a unit's subtree, for the dashboard's two follow-up panels: task
 * occurrences overdue today ({@link Tasks#overdue}) and reports owed in the year that are missing or
 * were sent late ({@link Obligations#completeness}). Both come from the planning module's own
 * services with the user's actor, so the rows are those the planning pages and API show the same
 * user; the dashboard only adds that the unit itself must be in the user's jurisdiction. The panels
 * show the first {@link #TOP} rows, the longest overdue first; the CSV downloads hold every row.
 */
@Service
class Backlog {
    static final int TOP = 10;
    private final Reports reports;
    private final Tasks tasks;
    private final Obligations obligations;

    Backlog(Reports reports, Tasks tasks, Obligations obligations) {
        this.reports = reports;
        this.tasks = tasks;
        this.obligations = obligations;
    }

    /** A task occurrence past its due date and not done, with how many days past. */
    record OverdueTask(TaskOccurrence task, long daysOverdue) {}

    /** Every overdue occurrence of the subtree on {@code today}, the longest overdue first. */
    record OverdueTasks(long unitId, LocalDate today, List<OverdueTask> rows) {
        public int count() {
            return rows.size();
        }

        public List<OverdueTask> top() {
            return rows.subList(0, Math.min(TOP, rows.size()));
        }
    }

    /**
     * A report owed that is missing (due date passed, nothing sent: days counted to today) or was
     * sent late (days counted to the first submission).
     */
    record LateReport(ObligationView obligation, long daysLate) {
        public boolean missing() {
            return obligation.status() == ObligationStatus.MISSING;
        }
    }

    /**
     * The reports owed in a year on {@code asOf}: counts by status, the share of those already due
     * that were sent (on time or late), and the missing then the late ones, each longest overdue first.
     */
    record MissingReports(
            long unitId,
            int year,
            LocalDate asOf,
            int missing,
            int late,
            int onTime,
            int pending,
            BigDecimal submittedRate,
            List<LateReport> rows) {
        public int due() {
            return missing + late + onTime;
        }

        public int submitted() {
            return late + onTime;
        }

        public List<LateReport> top() {
            return rows.subList(0, Math.min(TOP, rows.size()));
        }
    }

    OverdueTasks overdue(Actor actor, long unitId) {
        AdminUnit unit = reports.readableUnit(actor, unitId);
        LocalDate today = tasks.today();
        List<OverdueTask> rows = new ArrayList<>();
        for (TaskOccurrence o : tasks.overdue(actor, unit.id())) {
            if (o.overdue() && o.occurrence().due() != null) {
                rows.add(new OverdueTask(
                        o, ChronoUnit.DAYS.between(o.occurrence().due(), today)));
            }
        }
        rows.sort(Comparator.comparingLong(OverdueTask::daysOverdue)
                .reversed()
                .thenComparing(r -> r.task().planId())
                .thenComparing(r -> r.task().taskId()));
        return new OverdueTasks(unit.id(), today, List.copyOf(rows));
    }

    MissingReports missing(Actor actor, long unitId, int year) {
        AdminUnit unit = reports.readableUnit(actor, unitId);
        Completeness c = obligations.completeness(actor, unit.id(), year);
        List<LateReport> rows = new ArrayList<>();
        for (ObligationView o : c.obligations()) {
            if (o.status() == ObligationStatus.MISSING) {
                rows.add(new LateReport(o, ChronoUnit.DAYS.between(o.due(), c.asOf())));
            } else if (o.status() == ObligationStatus.LATE) {
                rows.add(new LateReport(o, ChronoUnit.DAYS.between(o.due(), o.submittedOn())));
            }
        }
        rows.sort(Comparator.comparing((LateReport r) -> !r.missing())
                .thenComparing(Comparator.comparingLong(LateReport::daysLate).reversed())
                .thenComparing(r -> r.obligation().reporterName())
                .thenComparing(r -> r.obligation().id()));
        Map<ObligationStatus, Integer> counts = c.counts();
        int missing = counts.getOrDefault(ObligationStatus.MISSING, 0);
        int late = counts.getOrDefault(ObligationStatus.LATE, 0);
        int onTime = counts.getOrDefault(ObligationStatus.ON_TIME, 0);
        int pending = counts.getOrDefault(ObligationStatus.PENDING, 0);
        return new MissingReports(
                unit.id(),
                year,
                c.asOf(),
                missing,
                late,
                onTime,
                pending,
                TableBuilder.percent((long) late + onTime, (long) missing + late + onTime),
                List.copyOf(rows));
    }

    /** Every overdue occurrence as CSV, the longest overdue first. */
    static String csv(OverdueTasks t) {
        StringBuilder b = new StringBuilder(
                "due,days_overdue,plan_unit_id,plan_unit,plan_id,plan,task_id,task_number,task,leads,status\n");
        for (OverdueTask r : t.rows()) {
            TaskOccurrence o = r.task();
            b.append(o.occurrence().due())
                    .append(',')
                    .append(r.daysOverdue())
                    .append(',')
                    .append(o.planUnitId())
                    .append(',')
                    .append(Dashboard.quote(o.planUnitName()))
                    .append(',')
                    .append(o.planId())
                    .append(',')
                    .append(Dashboard.quote(o.planLabel()))
                    .append(',')
                    .append(o.taskId())
                    .append(',')
                    .append(Dashboard.quote(o.taskNumber()))
                    .append(',')
                    .append(Dashboard.quote(o.taskText()))
                    .append(',')
                    .append(Dashboard.quote(String.join("; ", o.leads())))
                    .append(',')
                    .append(o.status() == null ? "" : o.status())
                    .append('\n');
        }
        return b.toString();
    }

    /** Every missing and late report as CSV: the missing ones first, each group longest overdue first. */
    static String csv(MissingReports m) {
        StringBuilder b = new StringBuilder(
                "due,due_assumed,status,days_late,reporter_unit_id,reporter,period,plan_id,plan,submitted_on\n");
        for (LateReport r : m.rows()) {
            ObligationView o = r.obligation();
            b.append(o.due())
                    .append(',')
                    .append(o.dueAssumed())
                    .append(',')
                    .append(o.status())
                    .append(',')
                    .append(r.daysLate())
                    .append(',')
                    .append(o.reporterUnitId())
                    .append(',')
                    .append(Dashboard.quote(o.reporterName()))
                    .append(',')
                    .append(o.periodKey() == null ? "" : o.periodKey())
                    .append(',')
                    .append(o.planId())
                    .append(',')
                    .append(Dashboard.quote(o.planNumber() != null ? o.planNumber() : o.planTitle()))
                    .append(',')
                    .append(o.submittedOn() == null ? "" : o.submittedOn())
                    .append('\n');
        }
        return b.toString();
    }
}
