package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput;

class EligibilityTest {
    static ContentRule rule(boolean perPerson, List<String> classes, Integer escaped, Integer ageMin, Integer ageMax) {
        return new ContentRule(
                1,
                perPerson,
                classes,
                escaped,
                false,
                ageMin,
                ageMax,
                false,
                PeriodKind.YEAR,
                false,
                "x",
                "FIRM",
                null,
                0,
                List.of());
    }

    static Beneficiary.Person person(Integer born) {
        return new Beneficiary.Person(2, "Lò Thị Mai", "CHILD", born, null, null);
    }

    static List<String> codes(List<InvalidInput.Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aNearPoorHouseholdIsRefusedAContentForPoorHouseholdsOnly() {
        var problems = Eligibility.check(
                rule(false, List.of("POOR"), null, null, null),
                "Tiền điện",
                new Eligibility.Facts("NEAR_POOR", null, false, null, 2025));
        assertThat(codes(problems)).containsExactly("householdId:support.classNotEligible");
        assertThat(Eligibility.check(
                        rule(false, List.of("POOR"), null, null, null),
                        "Tiền điện",
                        new Eligibility.Facts("POOR", null, false, null, 2025)))
                .isEmpty();
    }

    @Test
    void aNewlyEscapedHouseholdQualifiesOnlyInsideTheWindow() {
        ContentRule r = rule(false, List.of("POOR", "ESCAPED"), 36, null, null);
        assertThat(Eligibility.check(r, "Sản xuất", new Eligibility.Facts("NOT_POOR", 24, false, null, 2025)))
                .isEmpty();
        assertThat(codes(Eligibility.check(r, "Sản xuất", new Eligibility.Facts("NOT_POOR", 48, false, null, 2025))))
                .containsExactly("householdId:support.classNotEligible");
        assertThat(codes(Eligibility.check(r, "Sản xuất", new Eligibility.Facts(null, null, false, null, 2025))))
                .containsExactly("householdId:support.classNotEligible");
        // a near-poor household has not escaped: the window does not apply to it
        assertThat(codes(Eligibility.check(r, "Sản xuất", new Eligibility.Facts("NEAR_POOR", 12, false, null, 2025))))
                .containsExactly("householdId:support.classNotEligible");
    }

    @Test
    void memberConditionsCountAgeInTheGrantsYearWithTheUpperBoundExclusive() {
        ContentRule under16 = rule(true, List.of("POOR"), null, null, 16);
        assertThat(Eligibility.check(
                        under16, "Dinh dưỡng", new Eligibility.Facts("POOR", null, false, person(2010), 2025)))
                .isEmpty();
        assertThat(codes(Eligibility.check(
                        under16, "Dinh dưỡng", new Eligibility.Facts("POOR", null, false, person(2009), 2025))))
                .containsExactly("memberOrd:support.ageNotEligible");
        assertThat(codes(Eligibility.check(
                        under16, "Dinh dưỡng", new Eligibility.Facts("POOR", null, false, person(null), 2025))))
                .containsExactly("memberOrd:support.ageUnknown");
        assertThat(codes(Eligibility.check(
                        under16, "Dinh dưỡng", new Eligibility.Facts("POOR", null, false, null, 2025))))
                .containsExactly("memberOrd:support.memberRequired");
    }

    @Test
    void periodsStartOnTheirFirstDayAndTranchesLoseNoDong() {
        assertThat(PeriodKind.QUARTER.start(LocalDate.of(2024, 5, 17))).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(PeriodKind.QUARTER.endAfter(LocalDate.of(2024, 4, 1))).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(PeriodKind.YEAR.start(LocalDate.of(2024, 5, 17))).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(PeriodKind.ONCE.endAfter(LocalDate.of(2024, 4, 1))).isNull();
        assertThat(SupportGrants.trancheAmount(33_333_333, List.of(70, 30), 1)).isEqualTo(23_333_333);
        assertThat(SupportGrants.trancheAmount(33_333_333, List.of(70, 30), 2)).isEqualTo(10_000_000);
        assertThat(SupportGrants.trancheAmount(5_000_000, List.of(), 1)).isEqualTo(5_000_000);
    }
}
