package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

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

    static List<String> reasons(StepDecision d) {
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
                .containsExactly("cannot skip from SURVEY to POSTING: the next step is VILLAGE_MEETING");
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.LISTING, Step.RECOGNISED, DONE)))
                .singleElement()
                .asString()
                .contains("cannot skip");
    }

    @Test
    void advancingToAnEarlierStepIsRefusedAndPointsToBack() {
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.POSTING, Step.SURVEY, DONE)))
                .singleElement()
                .asString()
                .contains("use back");
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
                .singleElement()
                .asString()
                .contains("has no step REPORTING");
    }

    @Test
    void aBaselineGoesStraightFromListingToRecognisedWithTheDecisionOptional() {
        Facts imported = Facts.on(TODAY).withHouseholds(3);
        assertThat(advance(CampaignKind.BASELINE, Step.LISTING, Step.RECOGNISED, imported))
                .isInstanceOf(StepDecision.Allowed.class);
        assertThat(reasons(advance(CampaignKind.BASELINE, Step.LISTING, Step.RECOGNISED, Facts.on(TODAY))))
                .containsExactly("no household imported yet: import the recognised lists first");
    }

    @Test
    void goingBackNeedsAReasonAndAnEarlierStep() {
        assertThat(ReviewSteps.back(CampaignKind.PERIODIC, Step.POSTING, Step.SURVEY, "phúc tra hộ ông A"))
                .isInstanceOf(StepDecision.Allowed.class);
        assertThat(reasons(ReviewSteps.back(CampaignKind.PERIODIC, Step.POSTING, Step.SURVEY, "  ")))
                .containsExactly("going back needs a reason");
        assertThat(reasons(ReviewSteps.back(CampaignKind.PERIODIC, Step.SURVEY, Step.POSTING, "x")))
                .singleElement()
                .asString()
                .contains("earlier step");
    }

    @Test
    void aRecognisedCampaignIsFinal() {
        assertThat(reasons(ReviewSteps.back(CampaignKind.PERIODIC, Step.RECOGNISED, Step.SURVEY, "sai sót")))
                .singleElement()
                .asString()
                .contains("final");
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.RECOGNISED, Step.RECOGNISED, DONE)))
                .singleElement()
                .asString()
                .contains("final");
    }

    @Test
    void theSurveyIsLeftOnlyWhenEveryHouseholdIsClassifiedAndTheRefusalNamesThem() {
        Facts open = DONE.withClassification(2, List.of("H-1", "H-2"), 1, List.of("H-3"));
        List<String> reasons = reasons(advance(CampaignKind.PERIODIC, Step.SURVEY, Step.VILLAGE_MEETING, open));
        assertThat(reasons).hasSize(2);
        assertThat(reasons.get(0)).contains("2 household(s) not yet surveyed").contains("H-1, H-2");
        assertThat(reasons.get(1)).contains("UNDETERMINED").contains("H-3");
    }

    @Test
    void screeningIsLeftOnlyWhenEveryRequestIsPassedOrRefused() {
        assertThat(reasons(advance(CampaignKind.REGULAR, Step.SCREENING, Step.SURVEY, DONE.withRequests(3, 1))))
                .containsExactly("1 request(s) not yet screened (Phiếu A): pass or refuse each");
    }

    @Test
    void aVillageWithoutAPassedMeetingHoldsThePostingBack() {
        assertThat(reasons(advance(
                        CampaignKind.PERIODIC,
                        Step.VILLAGE_MEETING,
                        Step.POSTING,
                        DONE.withVillagesWithoutPassedMeeting(List.of("Thôn 2")))))
                .singleElement()
                .asString()
                .contains("Thôn 2");
    }

    @Test
    void thePostingIsLeftOnlyAfterItsLastWorkingDay() {
        Facts running = DONE.withPosting(LocalDate.of(2024, 12, 6), LocalDate.of(2024, 12, 10), 0);
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.POSTING, Step.REPORTING, running)))
                .containsExactly("the posting runs until 2024-12-10 (inclusive): complaints may still come");
        Facts notStarted = DONE.withPosting(null, null, 0);
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.POSTING, Step.REPORTING, notStarted)))
                .containsExactly("the posting has not started: give its start date");
    }

    @Test
    void aCommuneWithoutAParentCannotReportUpward() {
        Facts orphan = DONE.withReport(null, null);
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.POSTING, Step.REPORTING, orphan)))
                .containsExactly("the commune has no parent unit in the hierarchy to report to");
    }

    @Test
    void recognitionIsRefusedWhileAComplaintIsUnresolved() {
        Facts complaint = DONE.withPosting(LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 6), 1);
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.RECOGNITION, Step.RECOGNISED, complaint)))
                .containsExactly("1 complaint(s) not yet re-checked: record the re-check result before recognition");
    }

    @Test
    void recognitionNeedsTheDecisionNumberDateAndSignerAllAtOnce() {
        Facts none = DONE.withDecision(StepFacts.Decision.NONE, null);
        assertThat(reasons(advance(CampaignKind.PERIODIC, Step.RECOGNITION, Step.RECOGNISED, none)))
                .hasSize(3);
    }

    @Test
    void aRegularDecisionAfterItsFifteenDaysIsAllowedWithAWarning() {
        Facts late = DONE.withDecision(
                new StepFacts.Decision("7/QĐ-UBND", LocalDate.of(2024, 12, 9), "Lê Văn A"), LocalDate.of(2024, 12, 1));
        StepDecision d = advance(CampaignKind.REGULAR, Step.RECOGNITION, Step.RECOGNISED, late);
        assertThat(d).isInstanceOf(StepDecision.Allowed.class);
        assertThat(((StepDecision.Allowed) d).warnings())
                .containsExactly("decided 8 day(s) after the limit of 2024-12-01");
    }
}
