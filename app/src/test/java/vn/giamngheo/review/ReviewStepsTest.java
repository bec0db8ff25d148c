package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.Message;

class ReviewStepsTest {
    static final LocalDate TODAY = LocalDate.of(2024, 12, 10);
    static final Facts DONE = Facts.on(TODAY)
            .withHouseholds(5)
            .withRequests(2, 0)
            .withPosting(LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 6), 0)
            .withReport("Huyện Thọ Xuân", LocalDate.of(2024, 11, 12))
            .withDecision(new StepFacts.Decision("45/QĐ-UBND", LocalDate.of(2024, 12, 9), "Lê Văn A"), null);

    static StepDecision advance(CampaignKind kind, Step from, Step to, Facts facts) {
        return ReviewSteps.advance(kind, from, to, facts.build());
    }

    static Message step(Step s) {
        return Message.of("step." + s);
    }

    static List<String> codes(StepDecision d) {
        return reasons(d).stream().map(Message::code).toList();
    }

    static List<Message> reasons(StepDecision d) {
        assertThat(d).isInstanceOf(StepDecision.Refused.class);
        return ((StepDecision.Refused) d).reasons();
    }

    @Test
    void aPeriodicCampaignWalksItsEightStepsInOrderWhenEachStepsWorkIsDone() {
        List<Step> steps = CampaignKind.PERIODIC.steps();
        for (int i = 0; i + 1 < steps.size(); i++) {
            assertThat(advance(CampaignKind.PERIODIC, steps.get(i), steps.get(i + 1), DONE))
                    .as(steps.get(i) + " → " + steps.get(i + 1))
                    .isInstanceOf(StepDecision.Allowed.class);
        }
    }

    @Test
    void noStepCanBeSkipped() {
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.SURVEY, Step.POSTING, DONE)))
                .containsExactly(Message.of(
                        "review.step.noSkip", step(Step.SURVEY), step(Step.POSTING), step(Step.VILLAGE_MEETING)));
        assertThat(codes(advance(CampaignKind.PERIODIC, Step.LISTING, Step.RECOGNISED, DONE)))
                .containsExactly("review.step.noSkip");
    }

    @Test
    void advancingToAnEarlierStepIsRefusedAndPointsToBack() {
        assertThat(codes(advance(CampaignKind.PERIODIC, Step.POSTING, Step.SURVEY, DONE)))
                .containsExactly("review.step.useBack");
    }

    @Test
    void aRegularCampaignHasNoReportingStepAndGoesFromPostingToRecognition() {
        assertThat(CampaignKind.REGULAR.steps())
                .containsExactly(
                        Step.REQUESTS,
                        Step.SCREENING,
                        Step.SURVEY,
                        Step.VILLAGE_MEETING,
                        Step.POSTING,
                        Step.RECOGNITION,
                        Step.RECOGNISED);
        assertThat(advance(CampaignKind.REGULAR, Step.POSTING, Step.RECOGNITION, DONE))
                .isInstanceOf(StepDecision.Allowed.class);
        assertThat(reasons(advance(CampaignKind.REGULAR, Step.POSTING, Step.REPORTING, DONE)))
                .containsExactly(
                        Message.of("review.step.notInKind", Message.of("review.kind.REGULAR"), step(Step.REPORTING)));
    }

    @Test
    void aBaselineGoesStraightFromListingToRecognisedWithTheDecisionOptional() {
        Facts imported = Facts.on(TODAY).withHouseholds(3);
        assertThat(advance(CampaignKind.BASELINE, Step.LISTING, Step.RECOGNISED, imported))
                .isInstanceOf(StepDecision.Allowed.class);
        assertThat(reasons(advance(CampaignKind.BASELINE, Step.LISTING, Step.RECOGNISED, Facts.on(TODAY))))
                .containsExactly(Message.of("review.step.nothingImported"));
    }

    @Test
    void goingBackNeedsAReasonAndAnEarlierStep() {
        assertThat(ReviewSteps.back(CampaignKind.PERIODIC, Step.POSTING, Step.SURVEY, "phúc tra hộ ông A"))
                .isInstanceOf(StepDecision.Allowed.class);
        assertThat(reasons(ReviewSteps.back(CampaignKind.PERIODIC, Step.POSTING, Step.SURVEY, "  ")))
                .containsExactly(Message.of("review.step.backReason"));
        assertThat(codes(ReviewSteps.back(CampaignKind.PERIODIC, Step.SURVEY, Step.POSTING, "x")))
                .containsExactly("review.step.backEarlier");
    }

    @Test
    void aRecognisedCampaignIsFinal() {
        assertThat(codes(ReviewSteps.back(CampaignKind.PERIODIC, Step.RECOGNISED, Step.SURVEY, "sai sót")))
                .containsExactly("review.step.final");
        assertThat(codes(advance(CampaignKind.PERIODIC, Step.RECOGNISED, Step.RECOGNISED, DONE)))
                .containsExactly("review.step.final");
    }

    @Test
    void theSurveyIsLeftOnlyWhenEveryHouseholdIsClassifiedAndTheRefusalNamesThem() {
        Facts open = DONE.withClassification(2, List.of("H-1", "H-2"), 1, List.of("H-3"));
        List<Message> reasons = reasons(advance(CampaignKind.PERIODIC, Step.SURVEY, Step.VILLAGE_MEETING, open));
        assertThat(reasons)
                .containsExactly(
                        Message.of("review.step.unclassified", 2, "H-1, H-2"),
                        Message.of("review.step.undetermined", 1, "H-3"));
    }

    @Test
    void screeningIsLeftOnlyWhenEveryRequestIsPassedOrRefused() {
        assertThat(reasons(advance(CampaignKind.REGULAR, Step.SCREENING, Step.SURVEY, DONE.withRequests(3, 1))))
                .containsExactly(Message.of("review.step.unscreened", 1));
    }

    @Test
    void aVillageWithoutAPassedMeetingHoldsThePostingBack() {
        assertThat(reasons(advance(
                        CampaignKind.PERIODIC,
                        Step.VILLAGE_MEETING,
                        Step.POSTING,
                        DONE.withVillagesWithoutPassedMeeting(List.of("Thôn 2")))))
                .containsExactly(Message.of("review.step.noMeeting", "Thôn 2"));
    }

    @Test
    void thePostingIsLeftOnlyAfterItsLastWorkingDay() {
        Facts running = DONE.withPosting(LocalDate.of(2024, 12, 6), LocalDate.of(2024, 12, 10), 0);
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.POSTING, Step.REPORTING, running)))
                .containsExactly(Message.of("review.step.postingRuns", "10/12/2024"));
        Facts notStarted = DONE.withPosting(null, null, 0);
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.POSTING, Step.REPORTING, notStarted)))
                .containsExactly(Message.of("review.step.postingNotStarted"));
    }

    @Test
    void aCommuneWithoutAParentCannotReportUpward() {
        Facts orphan = DONE.withReport(null, null);
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.POSTING, Step.REPORTING, orphan)))
                .containsExactly(Message.of("review.step.noParent"));
    }

    @Test
    void recognitionIsRefusedWhileAComplaintIsUnresolved() {
        Facts complaint = DONE.withPosting(LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 6), 1);
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.RECOGNITION, Step.RECOGNISED, complaint)))
                .containsExactly(Message.of("review.step.complaintsOpen", 1));
    }

    @Test
    void recognitionNeedsTheDecisionNumberDateAndSignerAllAtOnce() {
        Facts none = DONE.withDecision(StepFacts.Decision.NONE, null);
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.RECOGNITION, Step.RECOGNISED, none)))
                .containsExactly(
                        Message.of("review.step.decisionNumberMissing"),
                        Message.of("review.step.signerMissing"),
                        Message.of("review.step.decisionDateMissing"));
    }

    @Test
    void aRegularDecisionAfterItsFifteenDaysIsAllowedWithAWarning() {
        Facts late = DONE.withDecision(
                new StepFacts.Decision("7/QĐ-UBND", LocalDate.of(2024, 12, 9), "Lê Văn A"), LocalDate.of(2024, 12, 1));
        StepDecision d = advance(CampaignKind.REGULAR, Step.RECOGNITION, Step.RECOGNISED, late);
        assertThat(d).isInstanceOf(StepDecision.Allowed.class);
        assertThat(((StepDecision.Allowed) d).warnings())
                .containsExactly(Message.of("review.step.decidedLate", 8L, "01/12/2024"));
    }
}
