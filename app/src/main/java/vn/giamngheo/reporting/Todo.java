package vn.giamngheo.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.giamngheo.planning.ObligationStatus;
import vn.giamngheo.planning.ObligationView;
import vn.giamngheo.planning.Obligations;
import vn.giamngheo.planning.PlanSummary;
import vn.giamngheo.planning.Plans;
import vn.giamngheo.review.Complaint;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewCampaignView;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.ReviewRequest;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.NotPermitted;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * What a user has to do, from what is in the system, for each unit of their jurisdiction: the
 * current step of every open review campaign with the next step and the current step's deadline,
 * task occurrences overdue, reports owed that are missing or due within {@link #SOON} days, plans
 * of the levels above that give the unit work, and requests (Mẫu 01/04) and complaints still open
 * with the days left of their 15 days (QĐ 24/2021 Art. 4, 5). A section the user may not read is
 * left out, never an error.
 */
@Service
public class Todo {
    /** Days ahead that count as "soon" for a deadline. */
    static final int SOON = 7;
    /** Days a request or a complaint may wait for its answer (QĐ 24/2021). */
    static final int ANSWER_DAYS = 15;

    private static final int MAX_ROWS = 20;
    private final Reviews reviews;
    private final ReviewProcedure procedure;
    private final Backlog backlog;
    private final Obligations obligations;
    private final Plans plans;

    Todo(Reviews reviews, ReviewProcedure procedure, Backlog backlog, Obligations obligations, Plans plans) {
        this.reviews = reviews;
        this.procedure = procedure;
        this.backlog = backlog;
        this.obligations = obligations;
        this.plans = plans;
    }

    /** A campaign's place: its current step, the next, the current step's deadline and days left (negative: late). */
    public record CampaignStep(ReviewCampaign campaign, String step, String next, LocalDate due, Long daysLeft) {}

    /** A request or complaint waiting for its answer, with the last day and the days left. */
    public record Waiting(
            String kind, long campaignId, String communeName, String who, LocalDate lastDay, long daysLeft) {}

    /** A report owed: missing (late) or due soon. */
    public record ReportDue(ObligationView obligation, long daysLeft) {}

    /** The to-do of one unit of the jurisdiction. */
    public record UnitTodo(
            long unitId,
            List<CampaignStep> campaigns,
            List<Backlog.OverdueTask> overdueTasks,
            List<ReportDue> reports,
            List<PlanSummary> plansFromAbove,
            List<Waiting> waiting) {
        public boolean empty() {
            return campaigns.isEmpty()
                    && overdueTasks.isEmpty()
                    && reports.isEmpty()
                    && plansFromAbove.isEmpty()
                    && waiting.isEmpty();
        }
    }

    public Map<Long, UnitTodo> of(Actor actor, List<Long> unitIds, LocalDate today) {
        Map<Long, UnitTodo> todo = new LinkedHashMap<>();
        for (long u : unitIds) {
            List<CampaignStep> steps = new ArrayList<>();
            List<Waiting> waiting = new ArrayList<>();
            campaigns(actor, u, today, steps, waiting);
            waiting.sort(Comparator.comparingLong(Waiting::daysLeft));
            todo.put(
                    u,
                    new UnitTodo(
                            u,
                            steps,
                            overdue(actor, u),
                            reports(actor, u, today),
                            plans.fromAbove(u),
                            waiting.subList(0, Math.min(MAX_ROWS, waiting.size()))));
        }
        return todo;
    }

    private void campaigns(Actor actor, long unitId, LocalDate today, List<CampaignStep> steps, List<Waiting> waiting) {
        if (!actor.can(Permission.HOUSEHOLD_READ)) {
            return;
        }
        for (ReviewCampaign c : reviews.list(actor, unitId)) {
            if (c.recognised() || steps.size() >= MAX_ROWS) {
                continue;
            }
            ReviewCampaignView view = reviews.view(actor, c.id());
            LocalDate due = view.steps().stream()
                    .filter(ReviewCampaignView.StepDeadline::current)
                    .map(ReviewCampaignView.StepDeadline::due)
                    .filter(d -> d != null)
                    .findFirst()
                    .orElse(null);
            steps.add(new CampaignStep(
                    c,
                    c.step().name(),
                    view.next() == null ? null : view.next().name(),
                    due,
                    due == null ? null : ChronoUnit.DAYS.between(today, due)));
            for (ReviewRequest r : procedure.requests(actor, c.id())) {
                if (r.answeredOn() == null && r.decisionDue() != null) {
                    waiting.add(new Waiting(
                            "REQUEST_" + r.form(),
                            c.id(),
                            c.communeName(),
                            r.headName() != null ? r.headName() : r.applicant(),
                            r.decisionDue(),
                            ChronoUnit.DAYS.between(today, r.decisionDue())));
                }
            }
            for (Complaint x : procedure.complaints(actor, c.id())) {
                if (!x.resolved()) {
                    LocalDate last = x.receivedOn().plusDays(ANSWER_DAYS);
                    waiting.add(new Waiting(
                            "COMPLAINT",
                            c.id(),
                            c.communeName(),
                            x.householdCode(),
                            last,
                            ChronoUnit.DAYS.between(today, last)));
                }
            }
        }
    }

    private List<Backlog.OverdueTask> overdue(Actor actor, long unitId) {
        try {
            return backlog.overdue(actor, unitId).top();
        } catch (NotPermitted | OutsideJurisdiction notForThisUser) {
            return List.of();
        }
    }

    private List<ReportDue> reports(Actor actor, long unitId, LocalDate today) {
        List<ReportDue> due = new ArrayList<>();
        try {
            for (ObligationView o : obligations
                    .completeness(actor, unitId, today.getYear(), today)
                    .obligations()) {
                boolean missing = o.status() == ObligationStatus.MISSING;
                boolean soon = o.status() == ObligationStatus.PENDING
                        && o.due() != null
                        && !o.due().isAfter(today.plusDays(SOON));
                if (missing || soon) {
                    due.add(new ReportDue(o, o.due() == null ? 0 : ChronoUnit.DAYS.between(today, o.due())));
                }
            }
        } catch (NotPermitted | OutsideJurisdiction notForThisUser) {
            return List.of();
        }
        due.sort(Comparator.comparingLong(ReportDue::daysLeft));
        return due.subList(0, Math.min(MAX_ROWS, due.size()));
    }
}
