package vn.giamngheo.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput;

class NormRulesTest {
    static final SupportContent HOUSE = new SupportContent(
            1,
            "NHA",
            "Hỗ trợ xây mới nhà ở",
            1,
            "NHA_O_XAY_MOI",
            "Nhà ở",
            5L,
            List.of(70, 30),
            LocalDate.of(2021, 1, 1),
            LocalDate.of(2026, 12, 31),
            "TT 55/2023",
            "FIRM");
    static final Norm CEILING =
            norm("CENTRAL_CEILING", 40_000_000L, LocalDate.of(2022, 1, 18), LocalDate.of(2026, 12, 31));

    static Norm norm(String level, Long amount, LocalDate from, LocalDate to) {
        return new Norm(
                0, 1, "POOR", "HOUSEHOLD", level, 9L, "AMOUNT", amount, null, from, to, "x", "USER", null, null, false);
    }

    private static List<String> codes(Norm n) {
        return NormRules.check(n, HOUSE, List.of(CEILING)).stream()
                .map(InvalidInput.Problem::code)
                .toList();
    }

    @Test
    void aProvinceLevelAboveTheCentralCeilingIsRefused() {
        assertThat(codes(norm("PROVINCE", 45_000_000L, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31))))
                .containsExactly("funding.overCeiling");
    }

    @Test
    void aProjectAmountAtTheCeilingIsAccepted() {
        assertThat(codes(norm("PROJECT", 40_000_000L, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31))))
                .isEmpty();
    }

    @Test
    void aCeilingThatNoLongerAppliesDoesNotBindALaterNorm() {
        Norm old = norm("CENTRAL_CEILING", 10_000_000L, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        Norm later = norm("PROVINCE", 30_000_000L, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(NormRules.check(later, HOUSE, List.of(old))).isEmpty();
    }

    @Test
    void aNormOutsideItsContentsValidityIsRefused() {
        assertThat(codes(norm("PROVINCE", 30_000_000L, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 6, 30))))
                .containsExactly("funding.normOutsideContent");
        assertThat(codes(norm("PROVINCE", 30_000_000L, LocalDate.of(2023, 1, 1), LocalDate.of(2022, 6, 30))))
                .contains("funding.validToBeforeFrom");
    }

    @Test
    void theMostSpecificLevelInForceApplies() {
        Norm province = norm("PROVINCE", 36_000_000L, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31));
        List<Norm> all = List.of(CEILING, province);
        assertThat(NormRules.applicable(all, "POOR", "HOUSEHOLD", LocalDate.of(2024, 1, 1)))
                .contains(province);
        assertThat(NormRules.applicable(all, "POOR", "HOUSEHOLD", LocalDate.of(2026, 6, 1)))
                .contains(CEILING);
        assertThat(NormRules.applicable(all, "NEAR_POOR", "HOUSEHOLD", LocalDate.of(2024, 1, 1)))
                .isEmpty();
    }

    @Test
    void balancesAreHeldLessDisbursedAndDisbursementIsAPercentOfHeld() {
        Balance b = new Balance(1, 2024, 2, FundingSource.CENTRAL_RECURRENT, 1_000, 500, 300, 0, 100, 600, 550, 200);
        assertThat(b.held()).isEqualTo(1_100);
        assertThat(b.available()).isEqualTo(550);
        assertThat(b.uncommitted()).isEqualTo(500);
        assertThat(b.disbursedPercent()).isEqualByComparingTo("50.00");
    }
}
