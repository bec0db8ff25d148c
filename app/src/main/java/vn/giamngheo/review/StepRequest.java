package vn.giamngheo.review;

import java.time.LocalDate;

/**
 * A step change asked for, with the data the step needs: the posting's start and length (into
 * POSTING), the date the report was sent (out of REPORTING), the chairman's decision (into
 * RECOGNISED), the reason (back).
 */
public record StepRequest(
        Step to,
        String reason,
        LocalDate postingStart,
        Integer postingDays,
        LocalDate reportedOn,
        String decisionNumber,
        LocalDate decisionDate,
        String signer) {

    public static StepRequest to(Step to) {
        return new StepRequest(to, null, null, null, null, null, null, null);
    }

    public static StepRequest back(Step to, String reason) {
        return new StepRequest(to, reason, null, null, null, null, null, null);
    }

    StepFacts.Decision decision() {
        return new StepFacts.Decision(decisionNumber, decisionDate, signer);
    }
}
