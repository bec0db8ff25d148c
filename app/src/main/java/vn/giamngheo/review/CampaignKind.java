package vn.giamngheo.review;

import java.util.List;

/** The three kinds of campaign and the steps each goes through, in order. */
public enum CampaignKind {
    /** The annual review, 1 September – 14 December (QĐ 24/2021 Art. 4). */
    PERIODIC(List.of(
            Step.LISTING,
            Step.SCREENING,
            Step.SURVEY,
            Step.VILLAGE_MEETING,
            Step.POSTING,
            Step.REPORTING,
            Step.RECOGNITION,
            Step.RECOGNISED)),
    /** The monthly in-year review of requests from the 15th (QĐ 24/2021 Art. 5); no report upward first. */
    REGULAR(List.of(
            Step.REQUESTS,
            Step.SCREENING,
            Step.SURVEY,
            Step.VILLAGE_MEETING,
            Step.POSTING,
            Step.RECOGNITION,
            Step.RECOGNISED)),
    /** The lists recognised before the system was used, imported as given. */
    BASELINE(List.of(Step.LISTING, Step.RECOGNISED));

    private final List<Step> steps;

    CampaignKind(List<Step> steps) {
        this.steps = steps;
    }

    public List<Step> steps() {
        return steps;
    }

    public Step first() {
        return steps.get(0);
    }

    /** The step after {@code step}, or null at the end. */
    public Step next(Step step) {
        int i = steps.indexOf(step);
        return i < 0 || i + 1 >= steps.size() ? null : steps.get(i + 1);
    }

    public boolean has(Step step) {
        return steps.contains(step);
    }

    /** Household data can be added and changed up to and including the survey. */
    public boolean surveyOpen(Step step) {
        return this == BASELINE ? step == Step.LISTING : steps.indexOf(step) <= steps.indexOf(Step.SURVEY);
    }
}
