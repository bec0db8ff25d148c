package vn.giamngheo.householdplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput.Problem;

class PlanRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Set<String> CATALOGUE = Set.of("VAY_HO_NGHEO");

    private static PlanEdit edit(
            List<String> causes,
            Integer target,
            boolean agreed,
            String helperKind,
            String helperName,
            boolean consent,
            LocalDate consentOn,
            List<PlanEdit.SolutionInput> solutions) {
        return new PlanEdit(
                causes,
                target,
                agreed,
                helperKind,
                helperName,
                null,
                null,
                consent,
                consentOn,
                null,
                null,
                solutions,
                0);
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aHouseholdNotPoorOrNearPoorOnTheListsInForceIsRefused() {
        assertThat(fields(PlanRules.checkNew(null, "XB-1", 2026, 2026)))
                .containsExactly("householdId:householdplan.notListed");
        assertThat(fields(PlanRules.checkNew("NOT_POOR", "XB-1", 2026, 2026)))
                .containsExactly("householdId:householdplan.notListed");
        assertThat(PlanRules.checkNew("POOR", "XB-1", 2026, 2026)).isEmpty();
        assertThat(PlanRules.checkNew("NEAR_POOR", "XB-1", 2025, 2026)).isEmpty();
    }

    @Test
    void aPlanYearFarFromTodayIsRefused() {
        assertThat(fields(PlanRules.checkNew("POOR", "XB-1", 2028, 2026))).containsExactly("year:householdplan.year");
        assertThat(fields(PlanRules.checkNew("POOR", "XB-1", 2020, 2026))).containsExactly("year:householdplan.year");
    }

    @Test
    void aCompletePlanPasses() {
        PlanEdit e = edit(
                List.of("CAPITAL"),
                2026,
                true,
                "CADRE",
                "Lê Văn Giúp",
                true,
                TODAY.minusDays(3),
                List.of(new PlanEdit.SolutionInput(
                        "LOAN", "VAY_HO_NGHEO", "Vay vốn", List.of("CAUSE:CAPITAL"), false)));
        assertThat(PlanRules.check(e, 2026, TODAY, CATALOGUE)).isEmpty();
    }

    @Test
    void theTargetYearIsNotBeforeThePlansYearNorTooFar() {
        assertThat(fields(PlanRules.check(
                        edit(List.of(), 2025, false, null, null, false, null, List.of()), 2026, TODAY, CATALOGUE)))
                .containsExactly("targetYear:householdplan.targetBeforeYear");
        assertThat(fields(PlanRules.check(
                        edit(List.of(), 2040, false, null, null, false, null, List.of()), 2026, TODAY, CATALOGUE)))
                .containsExactly("targetYear:householdplan.targetTooFar");
    }

    @Test
    void consentNeedsAHelperAndItsDayNotInTheFuture() {
        assertThat(fields(PlanRules.check(
                        edit(List.of(), null, false, null, null, true, null, List.of()), 2026, TODAY, CATALOGUE)))
                .containsExactly("consent:householdplan.consentWithoutHelper", "consentOn:householdplan.consentDate");
        assertThat(fields(PlanRules.check(
                        edit(List.of(), null, false, "CADRE", "A", true, TODAY.plusDays(1), List.of()),
                        2026,
                        TODAY,
                        CATALOGUE)))
                .containsExactly("consentOn:householdplan.futureDate");
    }

    @Test
    void aHelperHasAKindAndANameTogether() {
        assertThat(fields(PlanRules.check(
                        edit(List.of(), null, false, "CADRE", " ", false, null, List.of()), 2026, TODAY, CATALOGUE)))
                .containsExactly("helperName:householdplan.helperName");
        assertThat(fields(PlanRules.check(
                        edit(List.of(), null, false, null, "Ai đó", false, null, List.of()), 2026, TODAY, CATALOGUE)))
                .containsExactly("helperKind:householdplan.helperKindRequired");
        assertThat(fields(PlanRules.check(
                        edit(List.of(), null, false, "BOSS", "Ai đó", false, null, List.of()), 2026, TODAY, CATALOGUE)))
                .containsExactly("helperKind:householdplan.helperKind");
    }

    @Test
    void unknownCausesContentsAndKindsAreNamedOnTheirField() {
        PlanEdit e = edit(
                List.of("CAPITAL", "LUCK"),
                null,
                false,
                null,
                null,
                false,
                null,
                List.of(
                        new PlanEdit.SolutionInput("LOAN", "NO_SUCH", "Vay", List.of(), false),
                        new PlanEdit.SolutionInput("GIFT", null, " ", List.of("WATER", "CAUSE:FATE"), false)));
        assertThat(fields(PlanRules.check(e, 2026, TODAY, CATALOGUE)))
                .containsExactly(
                        "causes[1]:householdplan.cause",
                        "solutions[0].contentCode:householdplan.contentUnknown",
                        "solutions[1].kind:householdplan.solutionKind",
                        "solutions[1].description:householdplan.solutionDescription",
                        "solutions[1].addresses:householdplan.address");
    }

    @Test
    void aPlanIsAgreedOnlyWithATargetAndASolution() {
        assertThat(fields(PlanRules.check(
                        edit(List.of(), 2026, true, null, null, false, null, List.of()), 2026, TODAY, CATALOGUE)))
                .containsExactly("agreed:householdplan.agreedIncomplete");
    }

    @Test
    void aVisitIsNotInTheFutureNorBeforeThePlansYearAndTheNextComesAfterIt() {
        assertThat(PlanRules.checkVisit(TODAY, "ON_TRACK", null, TODAY.plusMonths(2), 2026, TODAY))
                .isEmpty();
        assertThat(fields(PlanRules.checkVisit(TODAY.plusDays(1), "ON_TRACK", null, null, 2026, TODAY)))
                .containsExactly("visitedOn:householdplan.futureDate");
        assertThat(fields(PlanRules.checkVisit(LocalDate.of(2025, 12, 31), "ON_TRACK", null, null, 2026, TODAY)))
                .containsExactly("visitedOn:householdplan.dateBeforeYear");
        assertThat(fields(PlanRules.checkVisit(TODAY, "GREAT", null, TODAY, 2026, TODAY)))
                .containsExactly("progress:householdplan.progress", "nextVisitOn:householdplan.nextVisitNotAfter");
        assertThat(fields(PlanRules.checkVisit(null, "ON_TRACK", null, null, 2026, TODAY)))
                .containsExactly("visitedOn:householdplan.required");
    }

    @Test
    void aFollowUpIsOverdueTheDayAfterItsDate() {
        assertThat(PlanRules.overdue(TODAY, TODAY)).isFalse();
        assertThat(PlanRules.overdue(TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(PlanRules.overdue(null, TODAY)).isFalse();
    }

    @Test
    void theHitRateIsHitsOverExpectedWithTwoDecimals() {
        HitRate r = new HitRate(1, "Xã A", 3, 2, 5, true);
        assertThat(r.percent()).isEqualByComparingTo("66.67");
        assertThat(r.unexpected()).isEqualTo(3);
        assertThat(new HitRate(1, "Xã A", 0, 0, 2, false).percent()).isNull();
    }
}
