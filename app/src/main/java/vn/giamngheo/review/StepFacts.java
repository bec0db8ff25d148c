package vn.giamngheo.review;

import java.time.LocalDate;
import java.util.List;

/**
 * What the gates of the steps look at, gathered from the campaign's data on the day of the request
 * ({@code today}, from the injected clock). Lists of codes or names may be cut short; the counts are
 * whole. Tests build them with {@code Facts} (a test-data builder).
 */
public record StepFacts(
        LocalDate today,
        int households,
        int requests,
        int unscreenedRequests,
        int unclassified,
        List<String> unclassifiedCodes,
        int undetermined,
        List<String> undeterminedCodes,
        List<String> villagesWithoutPassedMeeting,
        LocalDate postingStart,
        LocalDate postingEnd,
        int unresolvedComplaints,
        String reportAddressee,
        LocalDate reportedOn,
        Decision decision,
        LocalDate decisionDue) {

    public StepFacts {
        unclassifiedCodes = List.copyOf(unclassifiedCodes);
        undeterminedCodes = List.copyOf(undeterminedCodes);
        villagesWithoutPassedMeeting = List.copyOf(villagesWithoutPassedMeeting);
        decision = decision == null ? Decision.NONE : decision;
    }

    /** The recognition decision as given with the step (number, date, signer: the commune chairman). */
    public record Decision(String number, LocalDate date, String signer) {
        public static final Decision NONE = new Decision(null, null, null);
    }
}
