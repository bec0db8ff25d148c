package vn.giamngheo.review;

import java.time.LocalDate;
import java.util.List;

/**
 * What the gates of the steps look at, gathered from the campaign's data on the day of the request
 * ({@code today}, from the injected clock). Lists of codes or names may be cut short; the counts are
 * whole.
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
    }

    /** The recognition decision as given with the step (number, date, signer: the commune chairman). */
    public record Decision(String number, LocalDate date, String signer) {
        public static final Decision NONE = new Decision(null, null, null);
    }

    /** Facts of an empty campaign on a day; tests and callers change what they need with the withers. */
    public static StepFacts empty(LocalDate today) {
        return new StepFacts(
                today, 0, 0, 0, 0, List.of(), 0, List.of(), List.of(), null, null, 0, null, null, Decision.NONE, null);
    }

    public StepFacts withHouseholds(int n) {
        return new StepFacts(
                today,
                n,
                requests,
                unscreenedRequests,
                unclassified,
                unclassifiedCodes,
                undetermined,
                undeterminedCodes,
                villagesWithoutPassedMeeting,
                postingStart,
                postingEnd,
                unresolvedComplaints,
                reportAddressee,
                reportedOn,
                decision,
                decisionDue);
    }

    public StepFacts withRequests(int received, int unscreened) {
        return new StepFacts(
                today,
                households,
                received,
                unscreened,
                unclassified,
                unclassifiedCodes,
                undetermined,
                undeterminedCodes,
                villagesWithoutPassedMeeting,
                postingStart,
                postingEnd,
                unresolvedComplaints,
                reportAddressee,
                reportedOn,
                decision,
                decisionDue);
    }

    public StepFacts withClassification(
            int unclassifiedCount,
            List<String> unclassifiedSample,
            int undeterminedCount,
            List<String> undeterminedSample) {
        return new StepFacts(
                today,
                households,
                requests,
                unscreenedRequests,
                unclassifiedCount,
                unclassifiedSample,
                undeterminedCount,
                undeterminedSample,
                villagesWithoutPassedMeeting,
                postingStart,
                postingEnd,
                unresolvedComplaints,
                reportAddressee,
                reportedOn,
                decision,
                decisionDue);
    }

    public StepFacts withVillagesWithoutPassedMeeting(List<String> villages) {
        return new StepFacts(
                today,
                households,
                requests,
                unscreenedRequests,
                unclassified,
                unclassifiedCodes,
                undetermined,
                undeterminedCodes,
                villages,
                postingStart,
                postingEnd,
                unresolvedComplaints,
                reportAddressee,
                reportedOn,
                decision,
                decisionDue);
    }

    public StepFacts withPosting(LocalDate start, LocalDate end, int unresolved) {
        return new StepFacts(
                today,
                households,
                requests,
                unscreenedRequests,
                unclassified,
                unclassifiedCodes,
                undetermined,
                undeterminedCodes,
                villagesWithoutPassedMeeting,
                start,
                end,
                unresolved,
                reportAddressee,
                reportedOn,
                decision,
                decisionDue);
    }

    public StepFacts withReport(String addressee, LocalDate sentOn) {
        return new StepFacts(
                today,
                households,
                requests,
                unscreenedRequests,
                unclassified,
                unclassifiedCodes,
                undetermined,
                undeterminedCodes,
                villagesWithoutPassedMeeting,
                postingStart,
                postingEnd,
                unresolvedComplaints,
                addressee,
                sentOn,
                decision,
                decisionDue);
    }

    public StepFacts withDecision(Decision given, LocalDate due) {
        return new StepFacts(
                today,
                households,
                requests,
                unscreenedRequests,
                unclassified,
                unclassifiedCodes,
                undetermined,
                undeterminedCodes,
                villagesWithoutPassedMeeting,
                postingStart,
                postingEnd,
                unresolvedComplaints,
                reportAddressee,
                reportedOn,
                given == null ? Decision.NONE : given,
                due);
    }
}
