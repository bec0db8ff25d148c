package vn.giamngheo.review;

import java.time.LocalDate;
import java.util.List;

/** Test-data builder for {@link StepFacts}: {@code Facts.on(day).withHouseholds(5).build()}; each wither copies. */
final class Facts {
    private LocalDate today;
    private int households;
    private int requests;
    private int unscreened;
    private int unclassified;
    private List<String> unclassifiedCodes = List.of();
    private int undetermined;
    private List<String> undeterminedCodes = List.of();
    private List<String> villages = List.of();
    private LocalDate postingStart;
    private LocalDate postingEnd;
    private int complaints;
    private String addressee;
    private LocalDate reportedOn;
    private StepFacts.Decision decision = StepFacts.Decision.NONE;
    private LocalDate decisionDue;

    static Facts on(LocalDate today) {
        Facts f = new Facts();
        f.today = today;
        return f;
    }

    private Facts copy() {
        Facts f = on(today);
        f.households = households;
        f.requests = requests;
        f.unscreened = unscreened;
        f.unclassified = unclassified;
        f.unclassifiedCodes = unclassifiedCodes;
        f.undetermined = undetermined;
        f.undeterminedCodes = undeterminedCodes;
        f.villages = villages;
        f.postingStart = postingStart;
        f.postingEnd = postingEnd;
        f.complaints = complaints;
        f.addressee = addressee;
        f.reportedOn = reportedOn;
        f.decision = decision;
        f.decisionDue = decisionDue;
        return f;
    }

    Facts withHouseholds(int n) {
        Facts f = copy();
        f.households = n;
        return f;
    }

    Facts withRequests(int received, int notScreened) {
        Facts f = copy();
        f.requests = received;
        f.unscreened = notScreened;
        return f;
    }

    Facts withClassification(
            int unclassifiedCount,
            List<String> unclassifiedSample,
            int undeterminedCount,
            List<String> undeterminedSample) {
        Facts f = copy();
        f.unclassified = unclassifiedCount;
        f.unclassifiedCodes = unclassifiedSample;
        f.undetermined = undeterminedCount;
        f.undeterminedCodes = undeterminedSample;
        return f;
    }

    Facts withVillagesWithoutPassedMeeting(List<String> names) {
        Facts f = copy();
        f.villages = names;
        return f;
    }

    Facts withPosting(LocalDate start, LocalDate end, int unresolved) {
        Facts f = copy();
        f.postingStart = start;
        f.postingEnd = end;
        f.complaints = unresolved;
        return f;
    }

    Facts withReport(String to, LocalDate sentOn) {
        Facts f = copy();
        f.addressee = to;
        f.reportedOn = sentOn;
        return f;
    }

    Facts withDecision(StepFacts.Decision d, LocalDate due) {
        Facts f = copy();
        f.decision = d;
        f.decisionDue = due;
        return f;
    }

    StepFacts build() {
        return new StepFacts(
                today,
                households,
                requests,
                unscreened,
                unclassified,
                unclassifiedCodes,
                undetermined,
                undeterminedCodes,
                villages,
                postingStart,
                postingEnd,
                complaints,
                addressee,
                reportedOn,
                decision,
                decisionDue);
    }
}
