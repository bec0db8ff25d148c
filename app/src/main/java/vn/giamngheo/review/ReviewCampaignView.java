package vn.giamngheo.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign as its page and {@code GET /api/v1/reviews/{id}} show it: the campaign, its steps with
 * their deadlines, who moved it when, the households by class, and what the next step waits for.
 */
public record ReviewCampaignView(
        ReviewCampaign campaign,
        LocalDate postingEnd,
        LocalDate decisionDue,
        List<StepDeadline> steps,
        List<StepChange> history,
        long households,
        Map<String, Long> byClass,
        Step next,
        List<vn.giamngheo.shared.Message> nextWaitsFor,
        String reportAddressee) {

    /** A step of the campaign: its deadline (may be null), whether it is done, the current one, overdue. */
    public record StepDeadline(Step step, LocalDate due, boolean done, boolean current, boolean overdue) {}
}
