package vn.giamngheo.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.jobs.TestWorkers.aWorker;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput.Problem;

class JobRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @Test
    void aMemberUnder15IsRefusedOnTheYearOfBirth() {
        List<Problem> p = WorkerRules.check(aWorker().bornIn(2012).data(), 2026);
        assertThat(p)
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("birthYear", "jobs.workerUnderAge"));
        assertThat(p.get(0).message().args()).containsExactly(14, 15);
        assertThat(WorkerRules.check(aWorker().bornIn(2011).data(), 2026)).isEmpty();
    }

    @Test
    void theInactiveGiveAReasonAndTheEmployedTheirJob() {
        WorkerData inactiveNoReason = aWorker().inactive(null).data();
        assertThat(WorkerRules.check(inactiveNoReason, 2026))
                .extracting(Problem::field)
                .containsExactly("inactiveReason");
        assertThat(WorkerRules.check(aWorker().employedAs(null, "x").data(), 2026))
                .extracting(Problem::field)
                .containsExactly("currentJob");
        assertThat(WorkerRules.check(aWorker().named(" ").bornIn(null).data(), 2026))
                .extracting(Problem::field)
                .containsExactly("fullName", "birthYear");
    }

    static Matching.Opening vacancy(LocalDate closing, boolean closed) {
        return new Matching.Opening(5, 1L, List.of(), null, closing, closed);
    }

    @Test
    void aReferralToAClosedVacancyOrWithoutConsentIsRefused() {
        LocalDate on = TODAY.minusDays(1);
        assertThat(ReferralRules.refer(vacancy(TODAY, false), null, true, on, "Cán bộ A", TODAY))
                .isEmpty();
        assertThat(ReferralRules.refer(vacancy(on.minusDays(1), false), null, true, on, "Cán bộ A", TODAY))
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vacancyId", "jobs.vacancyClosed"));
        assertThat(ReferralRules.refer(vacancy(TODAY, true), null, true, on, "Cán bộ A", TODAY))
                .extracting(Problem::code)
                .containsExactly("jobs.vacancyClosed");
        assertThat(ReferralRules.refer(vacancy(TODAY, false), null, false, on, "Cán bộ A", TODAY))
                .extracting(Problem::field)
                .containsExactly("consent");
        assertThat(ReferralRules.refer(null, "Lớp may", false, on, "Cán bộ A", TODAY))
                .as("a course needs no employer consent")
                .isEmpty();
        assertThat(ReferralRules.refer(null, " ", true, TODAY.plusDays(1), "", TODAY))
                .extracting(Problem::field)
                .containsExactly("vacancyId", "referredOn", "referredBy");
    }

    @Test
    void stepsGoForwardOnlyAndNotBeforeTheReferral() {
        LocalDate referred = TODAY.minusDays(20);
        assertThat(ReferralRules.step(ReferralStatus.REFERRED, ReferralStatus.INTERVIEWED, referred, TODAY, TODAY))
                .isEmpty();
        assertThat(ReferralRules.step(ReferralStatus.HIRED, ReferralStatus.INTERVIEWED, referred, TODAY, TODAY))
                .extracting(Problem::code)
                .containsExactly("jobs.stepNotAllowed");
        assertThat(ReferralRules.step(
                        ReferralStatus.INTERVIEWED, ReferralStatus.HIRED, referred, referred.minusDays(1), TODAY))
                .extracting(Problem::field)
                .containsExactly("onDate");
    }

    @Test
    void aFollowUpBeforeTheHireDateOrBeforeItsMonthsIsRefused() {
        LocalDate hired = LocalDate.of(2025, 12, 1);
        assertThat(ReferralRules.followUp(ReferralStatus.HIRED, hired, 3, hired.minusDays(1), TODAY))
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("checkedOn", "jobs.followUpBeforeHire"));
        assertThat(ReferralRules.followUp(ReferralStatus.HIRED, hired, 6, LocalDate.of(2026, 5, 31), TODAY))
                .extracting(Problem::code)
                .containsExactly("jobs.followUpTooEarly");
        assertThat(ReferralRules.followUp(ReferralStatus.HIRED, hired, 6, LocalDate.of(2026, 6, 1), TODAY))
                .isEmpty();
        assertThat(ReferralRules.followUp(ReferralStatus.NOT_TAKEN, hired, 3, TODAY, TODAY))
                .extracting(Problem::code)
                .containsExactly("jobs.followUpNoHire");
        assertThat(ReferralRules.followUp(ReferralStatus.TRAINED, hired, 4, TODAY, TODAY))
                .extracting(Problem::code)
                .containsExactly("jobs.followUpMonths");
    }
}
