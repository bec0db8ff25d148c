package vn.giamngheo.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The state machine of a campaign (QĐ 24/2021/QĐ-TTg Art. 4 for the periodic review, Art. 5 for
 * the regular one): a pure function of the kind, the current step, the step asked for and the
 * facts. A step is never skipped; each step may be left only when its work is done; going back
 * needs a written reason; a recognised campaign is final. Every refusal names all its reasons.
 */
public final class ReviewSteps {
    private static final int SAMPLE = 10;

    private ReviewSteps() {}

    public static StepDecision advance(CampaignKind kind, Step from, Step to, StepFacts facts) {
        List<String> reasons = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Step next = kind.next(from);
        if (to == null) {
            reasons.add("give the step to go to" + (next == null ? "" : " (next: " + next + ")"));
        } else if (next == null) {
            reasons.add("the campaign is " + from + ": a recognised list is final; correct it with a regular review");
        } else if (!kind.has(to)) {
            reasons.add("a " + kind + " campaign has no step " + to + "; its steps are " + kind.steps());
        } else if (to != next) {
            reasons.add(
                    kind.steps().indexOf(to) <= kind.steps().indexOf(from)
                            ? "cannot advance from " + from + " to " + to + ": use back, with a reason"
                            : "cannot skip from " + from + " to " + to + ": the next step is " + next);
        } else {
            leaving(kind, from, facts, reasons, warnings);
        }
        return reasons.isEmpty()
                ? new StepDecision.Allowed(from, to, warnings)
                : new StepDecision.Refused(from, to, reasons);
    }

    public static StepDecision back(CampaignKind kind, Step from, Step to, String reason) {
        List<String> reasons = new ArrayList<>();
        if (from == Step.RECOGNISED) {
            reasons.add("the campaign is RECOGNISED: a recognised list is final; correct it with a regular review");
        } else if (to == null || !kind.has(to)) {
            reasons.add("a " + kind + " campaign has no step " + to + "; its steps are " + kind.steps());
        } else if (kind.steps().indexOf(to) >= kind.steps().indexOf(from)) {
            reasons.add("back goes to an earlier step than " + from + ", not to " + to);
        }
        if (reason == null || reason.isBlank()) {
            reasons.add("going back needs a reason");
        }
        return reasons.isEmpty()
                ? new StepDecision.Allowed(from, to, List.of())
                : new StepDecision.Refused(from, to, reasons);
    }

    /** The work that must be done before {@code step} is left. */
    private static void leaving(
            CampaignKind kind, Step step, StepFacts f, List<String> reasons, List<String> warnings) {
        switch (step) {
            case LISTING -> {
                if (f.households() == 0 && f.requests() == 0) {
                    reasons.add(
                            kind == CampaignKind.BASELINE
                                    ? "no household imported yet: import the recognised lists first"
                                    : "no household listed and no request received");
                }
                if (kind == CampaignKind.BASELINE) {
                    unclassified(f, reasons);
                    decisionDate(f, reasons);
                }
            }
            case REQUESTS -> {
                if (f.requests() == 0) {
                    reasons.add("no request received in this round");
                }
            }
            case SCREENING -> {
                if (f.unscreenedRequests() > 0) {
                    reasons.add(f.unscreenedRequests() + " request(s) not yet screened (Phiếu A): pass or refuse each");
                }
            }
            case SURVEY -> {
                if (f.households() == 0) {
                    reasons.add("no household to survey");
                }
                unclassified(f, reasons);
                if (f.undetermined() > 0) {
                    reasons.add(f.undetermined() + " household(s) UNDETERMINED (tick the unknown indicators or give"
                            + " income or score A): " + sample(f.undeterminedCodes(), f.undetermined()));
                }
            }
            case VILLAGE_MEETING -> {
                if (!f.villagesWithoutPassedMeeting().isEmpty()) {
                    reasons.add("no passed village meeting after the last survey change for: "
                            + String.join(", ", f.villagesWithoutPassedMeeting()));
                }
            }
            case POSTING -> {
                if (f.postingStart() == null) {
                    reasons.add("the posting has not started: give its start date");
                } else if (!f.today().isAfter(f.postingEnd())) {
                    reasons.add("the posting runs until " + f.postingEnd() + " (inclusive): complaints may still come");
                }
                if (kind.next(step) == Step.REPORTING && f.reportAddressee() == null) {
                    reasons.add("the commune has no parent unit in the hierarchy to report to");
                }
            }
            case REPORTING -> {
                if (f.reportedOn() == null) {
                    reasons.add("give the date the report was sent to " + f.reportAddressee() + " (reportedOn)");
                } else if (f.reportedOn().isAfter(f.today())) {
                    reasons.add("the report date " + f.reportedOn() + " is in the future");
                } else if (f.postingStart() != null && f.reportedOn().isBefore(f.postingStart())) {
                    reasons.add("the report date " + f.reportedOn() + " is before the posting started ("
                            + f.postingStart() + ")");
                }
            }
            case RECOGNITION -> {
                StepFacts.Decision d = f.decision();
                if (d.number() == null || d.number().isBlank()) {
                    reasons.add("give the number of the chairman's decision (decisionNumber)");
                }
                if (d.signer() == null || d.signer().isBlank()) {
                    reasons.add("give who signed the decision: the commune chairman (signer)");
                }
                if (d.date() == null) {
                    reasons.add("give the date of the decision (decisionDate)");
                } else {
                    decisionDate(f, reasons);
                    if (f.postingEnd() != null && !d.date().isAfter(f.postingEnd())) {
                        reasons.add("the decision date " + d.date() + " is not after the posting ended ("
                                + f.postingEnd() + ")");
                    }
                    if (f.decisionDue() != null && d.date().isAfter(f.decisionDue())) {
                        long late = ChronoUnit.DAYS.between(f.decisionDue(), d.date());
                        warnings.add("decided " + late + " day(s) after the limit of " + f.decisionDue());
                    }
                }
                if (f.unresolvedComplaints() > 0) {
                    reasons.add(f.unresolvedComplaints()
                            + " complaint(s) not yet re-checked: record the re-check result before recognition");
                }
            }
            case RECOGNISED -> reasons.add("a recognised list is final");
        }
    }

    private static void unclassified(StepFacts f, List<String> reasons) {
        if (f.unclassified() > 0) {
            reasons.add(f.unclassified() + " household(s) not yet surveyed and classified: "
                    + sample(f.unclassifiedCodes(), f.unclassified()));
        }
    }

    private static void decisionDate(StepFacts f, List<String> reasons) {
        LocalDate date = f.decision().date();
        if (date != null && date.isAfter(f.today())) {
            reasons.add("the decision date " + date + " is in the future");
        }
    }

    private static String sample(List<String> codes, int total) {
        List<String> shown = codes.size() > SAMPLE ? codes.subList(0, SAMPLE) : codes;
        return String.join(", ", shown) + (total > shown.size() ? " … (" + total + " in all)" : "");
    }
}
