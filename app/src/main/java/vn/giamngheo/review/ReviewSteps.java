package vn.giamngheo.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.shared.Message;

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
        List<Message> reasons = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        Step next = kind.next(from);
        if (to == null) {
            reasons.add(
                    next == null
                            ? Message.of("review.step.toMissing")
                            : Message.of("review.step.toMissingNext", step(next)));
        } else if (next == null) {
            reasons.add(Message.of("review.step.final"));
        } else if (!kind.has(to)) {
            reasons.add(Message.of("review.step.notInKind", kind(kind), step(to)));
        } else if (to != next) {
            reasons.add(
                    kind.steps().indexOf(to) <= kind.steps().indexOf(from)
                            ? Message.of("review.step.useBack", step(from), step(to))
                            : Message.of("review.step.noSkip", step(from), step(to), step(next)));
        } else {
            leaving(kind, from, facts, reasons, warnings);
        }
        return reasons.isEmpty()
                ? new StepDecision.Allowed(from, to, warnings)
                : new StepDecision.Refused(from, to, reasons);
    }

    public static StepDecision back(CampaignKind kind, Step from, Step to, String reason) {
        List<Message> reasons = new ArrayList<>();
        if (from == Step.RECOGNISED) {
            reasons.add(Message.of("review.step.final"));
        } else if (to == null || !kind.has(to)) {
            reasons.add(Message.of("review.step.notInKind", kind(kind), step(to)));
        } else if (kind.steps().indexOf(to) >= kind.steps().indexOf(from)) {
            reasons.add(Message.of("review.step.backEarlier", step(from), step(to)));
        }
        if (reason == null || reason.isBlank()) {
            reasons.add(Message.of("review.step.backReason"));
        }
        return reasons.isEmpty()
                ? new StepDecision.Allowed(from, to, List.of())
                : new StepDecision.Refused(from, to, reasons);
    }

    /** The work that must be done before {@code step} is left. */
    private static void leaving(
            CampaignKind kind, Step step, StepFacts f, List<Message> reasons, List<Message> warnings) {
        switch (step) {
            case LISTING -> {
                if (f.households() == 0 && f.requests() == 0) {
                    reasons.add(
                            kind == CampaignKind.BASELINE
                                    ? Message.of("review.step.nothingImported")
                                    : Message.of("review.step.nothingListed"));
                }
                if (kind == CampaignKind.BASELINE) {
                    unclassified(f, reasons);
                    decisionDate(f, reasons);
                }
            }
            case REQUESTS -> {
                if (f.requests() == 0) {
                    reasons.add(Message.of("review.step.noRequest"));
                }
            }
            case SCREENING -> {
                if (f.unscreenedRequests() > 0) {
                    reasons.add(Message.of("review.step.unscreened", f.unscreenedRequests()));
                }
            }
            case SURVEY -> {
                if (f.households() == 0) {
                    reasons.add(Message.of("review.step.noHousehold"));
                }
                unclassified(f, reasons);
                if (f.undetermined() > 0) {
                    reasons.add(Message.of(
                            "review.step.undetermined",
                            f.undetermined(),
                            sample(f.undeterminedCodes(), f.undetermined())));
                }
            }
            case VILLAGE_MEETING -> {
                if (!f.villagesWithoutPassedMeeting().isEmpty()) {
                    reasons.add(
                            Message.of("review.step.noMeeting", String.join(", ", f.villagesWithoutPassedMeeting())));
                }
            }
            case POSTING -> {
                if (f.postingStart() == null) {
                    reasons.add(Message.of("review.step.postingNotStarted"));
                } else if (!f.today().isAfter(f.postingEnd())) {
                    reasons.add(Message.of("review.step.postingRuns", date(f.postingEnd())));
                }
                if (kind.next(step) == Step.REPORTING && f.reportAddressee() == null) {
                    reasons.add(Message.of("review.step.noParent"));
                }
            }
            case REPORTING -> {
                if (f.reportedOn() == null) {
                    reasons.add(Message.of("review.step.reportedOnMissing", f.reportAddressee()));
                } else if (f.reportedOn().isAfter(f.today())) {
                    reasons.add(Message.of("review.step.reportFuture", date(f.reportedOn())));
                } else if (f.postingStart() != null && f.reportedOn().isBefore(f.postingStart())) {
                    reasons.add(Message.of(
                            "review.step.reportBeforePosting", date(f.reportedOn()), date(f.postingStart())));
                }
            }
            case RECOGNITION -> {
                StepFacts.Decision d = f.decision();
                if (d.number() == null || d.number().isBlank()) {
                    reasons.add(Message.of("review.step.decisionNumberMissing"));
                }
                if (d.signer() == null || d.signer().isBlank()) {
                    reasons.add(Message.of("review.step.signerMissing"));
                }
                if (d.date() == null) {
                    reasons.add(Message.of("review.step.decisionDateMissing"));
                } else {
                    decisionDate(f, reasons);
                    if (f.postingEnd() != null && !d.date().isAfter(f.postingEnd())) {
                        reasons.add(Message.of(
                                "review.step.decisionBeforePostingEnd", date(d.date()), date(f.postingEnd())));
                    }
                    if (f.decisionDue() != null && d.date().isAfter(f.decisionDue())) {
                        long late = ChronoUnit.DAYS.between(f.decisionDue(), d.date());
                        warnings.add(Message.of("review.step.decidedLate", late, date(f.decisionDue())));
                    }
                }
                if (f.unresolvedComplaints() > 0) {
                    reasons.add(Message.of("review.step.complaintsOpen", f.unresolvedComplaints()));
                }
            }
            case RECOGNISED -> reasons.add(Message.of("review.step.final"));
        }
    }

    private static void unclassified(StepFacts f, List<Message> reasons) {
        if (f.unclassified() > 0) {
            reasons.add(Message.of(
                    "review.step.unclassified", f.unclassified(), sample(f.unclassifiedCodes(), f.unclassified())));
        }
    }

    private static void decisionDate(StepFacts f, List<Message> reasons) {
        LocalDate date = f.decision().date();
        if (date != null && date.isAfter(f.today())) {
            reasons.add(Message.of("review.step.decisionFuture", date(date)));
        }
    }

    private static String sample(List<String> codes, int total) {
        List<String> shown = codes.size() > SAMPLE ? codes.subList(0, SAMPLE) : codes;
        return String.join(", ", shown) + (total > shown.size() ? ", …" : "");
    }

    private static Message step(Step step) {
        return Message.of("step." + step);
    }

    private static Message kind(CampaignKind kind) {
        return Message.of("review.kind." + kind);
    }

    /** Dates as the pages show them (dd/MM/yyyy), not ISO. */
    private static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
}
