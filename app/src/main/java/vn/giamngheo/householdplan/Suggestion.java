package vn.giamngheo.householdplan;

/**
 * One row of the draft's mapping: a deprivation ({@code DEPRIVATION}, an indicator code) or a cause
 * ({@code CAUSE}) suggests a solution, optionally a support content of the funding catalogue.
 */
public record Suggestion(
        long id,
        String triggerKind,
        String triggerCode,
        SolutionKind kind,
        String contentCode,
        String description,
        int ord,
        boolean provisional) {

    static final String DEPRIVATION = "DEPRIVATION";
    static final String CAUSE = "CAUSE";
}
