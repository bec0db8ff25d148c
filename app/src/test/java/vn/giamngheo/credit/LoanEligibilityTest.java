package vn.giamngheo.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoanEligibilityTest {
    static String codes(LoanEligibility.Result r) {
        return r.refusals().stream().map(p -> "refuse:" + p.code()).toList() + " "
                + r.warnings().stream().map(p -> "warn:" + p.code()).toList();
    }

    @Test
    void thePoorAndHousingProgramsNeedAPoorHouseholdThatYear() {
        assertThat(codes(LoanEligibility.check(LoanProgram.POOR, 2025, Map.of(2025, "POOR"), true, false)))
                .isEqualTo("[] []");
        assertThat(codes(LoanEligibility.check(LoanProgram.POOR, 2025, Map.of(2025, "NEAR_POOR"), true, false)))
                .isEqualTo("[refuse:credit.programNeedsClass] []");
        assertThat(codes(LoanEligibility.check(LoanProgram.HOUSING, 2025, Map.of(2024, "POOR"), true, false)))
                .isEqualTo("[refuse:credit.programNeedsClass] []");
        assertThat(codes(LoanEligibility.check(LoanProgram.NEAR_POOR, 2025, Map.of(2025, "POOR"), true, false)))
                .isEqualTo("[refuse:credit.programNeedsClass] []");
    }

    @Test
    void newlyEscapedMeansOffTheListsNowAndOnThemWithinThreeListYears() {
        assertThat(codes(LoanEligibility.check(LoanProgram.ESCAPED, 2025, Map.of(2022, "NEAR_POOR"), true, false)))
                .isEqualTo("[] []");
        assertThat(codes(LoanEligibility.check(LoanProgram.ESCAPED, 2025, Map.of(2021, "POOR"), true, false)))
                .isEqualTo("[refuse:credit.escapedNotListed] []");
        assertThat(codes(LoanEligibility.check(
                        LoanProgram.ESCAPED, 2025, Map.of(2025, "NEAR_POOR", 2024, "POOR"), true, false)))
                .isEqualTo("[refuse:credit.escapedStillListed] []");
    }

    @Test
    void withNoListsInForceTheClassIsUnknownAndOnlyWarned() {
        assertThat(codes(LoanEligibility.check(LoanProgram.POOR, 2022, Map.of(), false, false)))
                .isEqualTo("[] [warn:credit.warnNoLists]");
    }

    @Test
    void programsWhoseBorrowersTheNotesDoNotNameWarnAndSayWhich() {
        var r = LoanEligibility.check(LoanProgram.STUDENT, 2025, Map.of(), true, false);
        assertThat(codes(r)).isEqualTo("[] [warn:credit.warnWhoNotFound]");
        assertThat(r.warnings().get(0).message().args().get(0).toString()).contains("credit.program.STUDENT");
        assertThat(codes(LoanEligibility.check(LoanProgram.CLEAN_WATER, 2025, Map.of(), false, false)))
                .isEqualTo("[] [warn:credit.warnWhoNotFound]");
        assertThat(codes(LoanEligibility.check(LoanProgram.OTHER, 2025, Map.of(), true, false)))
                .isEqualTo("[] [warn:credit.warnWhoNotFound]");
    }

    @Test
    void workAbroadWarnsOnlyWhenTheHouseholdIsNeitherPoorNorEthnicMinority() {
        assertThat(codes(LoanEligibility.check(LoanProgram.WORK_ABROAD, 2025, Map.of(2025, "POOR"), true, false)))
                .isEqualTo("[] []");
        assertThat(codes(LoanEligibility.check(LoanProgram.WORK_ABROAD, 2025, Map.of(), true, true)))
                .isEqualTo("[] []");
        assertThat(codes(LoanEligibility.check(LoanProgram.WORK_ABROAD, 2025, Map.of(2025, "NEAR_POOR"), true, false)))
                .isEqualTo("[] [warn:credit.warnWorkAbroad]");
    }
}
