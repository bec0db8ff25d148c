package vn.giamngheo.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput.Problem;

class LoanRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LoanTerms POOR_TERMS = new LoanTerms(
            LoanProgram.POOR,
            LocalDate.of(2025, 3, 1),
            new LoanTerms.Term(new BigDecimal("6.60"), "QĐ 750/QĐ-TTg", "FIRM", null),
            new LoanTerms.Term(new BigDecimal("100000000"), "eng.vbsp.org.vn", "FIRM", null),
            new LoanTerms.Term(new BigDecimal("120"), "eng.vbsp.org.vn", "FIRM", null));

    static LoanDraft loan(long amount, int months, String rate) {
        LocalDate day = LocalDate.of(2025, 3, 1);
        return new LoanDraft(
                "HG-1",
                null,
                LoanProgram.POOR,
                amount,
                "Chăn nuôi bò",
                months,
                new BigDecimal(rate),
                Entruster.FARMERS,
                "Tổ thôn 1",
                day,
                LoanStatus.CURRENT,
                day,
                amount);
    }

    static List<String> codes(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aLoanWithinTheCeilingTermAndRateOfItsProgramPasses() {
        assertThat(LoanRules.check(loan(100_000_000, 120, "6.6"), POOR_TERMS, TODAY))
                .isEmpty();
    }

    @Test
    void anAmountOverTheCeilingIsRefusedNamingTheCeilingAndItsSource() {
        List<Problem> problems = LoanRules.check(loan(100_000_001, 60, "6.6"), POOR_TERMS, TODAY);
        assertThat(codes(problems)).containsExactly("amount:credit.overCeiling");
        assertThat(problems.get(0).message().args()).containsExactly("100.000.001", "100.000.000", "eng.vbsp.org.vn");
    }

    @Test
    void aTermLongerThanTheProgramsLongestIsRefused() {
        assertThat(codes(LoanRules.check(loan(50_000_000, 121, "6.6"), POOR_TERMS, TODAY)))
                .containsExactly("termMonths:credit.overTerm");
    }

    @Test
    void aRateAboveTheProgramsRateIsRefusedAndALowerAreaRateIsAccepted() {
        List<Problem> above = LoanRules.check(loan(50_000_000, 60, "7.92"), POOR_TERMS, TODAY);
        assertThat(codes(above)).containsExactly("rate:credit.overRate");
        assertThat(above.get(0).message().args()).startsWith("7,92", "6,6");
        assertThat(LoanRules.check(loan(50_000_000, 60, "3.3"), POOR_TERMS, TODAY))
                .isEmpty();
    }

    @Test
    void termsThatAreNotConfiguredAreNotChecked() {
        LoanTerms none = LoanTerms.none(LoanProgram.NEAR_POOR, LocalDate.of(2025, 3, 1));
        assertThat(LoanRules.check(loan(900_000_000, 240, "12"), none, TODAY)).isEmpty();
        assertThat(none.configured()).isFalse();
    }

    @Test
    void aDisbursementInTheFutureAndANonPositiveAmountOrTermAreRefused() {
        LoanDraft d = loan(0, 0, "-1");
        LoanDraft future = new LoanDraft(
                d.householdCode(),
                null,
                d.program(),
                0,
                "x",
                0,
                d.rate(),
                d.entruster(),
                "Tổ",
                TODAY.plusDays(1),
                LoanStatus.CURRENT,
                TODAY.plusDays(1),
                0);
        assertThat(codes(LoanRules.check(future, POOR_TERMS, TODAY)))
                .contains(
                        "amount:credit.amountPositive",
                        "termMonths:credit.termPositive",
                        "rate:credit.ratePositive",
                        "disbursedOn:credit.future",
                        "statusOn:credit.future");
    }

    @Test
    void aStatusMustAgreeWithWhatIsStillOwed() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertThat(codes(LoanRules.standing(LoanStatus.REPAID, day, day, 5, 100, TODAY)))
                .containsExactly("outstanding:credit.repaidOwes");
        assertThat(codes(LoanRules.standing(LoanStatus.OVERDUE, day, day, 0, 100, TODAY)))
                .containsExactly("outstanding:credit.runningOwesNothing");
        assertThat(codes(LoanRules.standing(LoanStatus.CURRENT, day, day, 101, 100, TODAY)))
                .containsExactly("outstanding:credit.outstandingOverAmount");
        assertThat(codes(LoanRules.standing(LoanStatus.CURRENT, day.minusDays(1), day, 100, 100, TODAY)))
                .containsExactly("statusOn:credit.beforeDisbursement");
        assertThat(LoanRules.standing(LoanStatus.WRITTEN_OFF, day, day, 40, 100, TODAY))
                .isEmpty();
    }

    @Test
    void aClosedLoanNeverReopensAndAnOverdueOneMayBeRescheduled() {
        LocalDate d = LocalDate.of(2025, 3, 1);
        assertThat(codes(LoanRules.change(LoanStatus.REPAID, d, LoanStatus.CURRENT, d.plusDays(1), 10, 100, d, TODAY)))
                .containsExactly("status:credit.transition");
        assertThat(LoanRules.change(LoanStatus.OVERDUE, d, LoanStatus.CURRENT, d.plusDays(1), 10, 100, d, TODAY))
                .isEmpty();
        assertThat(codes(LoanRules.change(
                        LoanStatus.CURRENT, d.plusDays(5), LoanStatus.OVERDUE, d.plusDays(1), 10, 100, d, TODAY)))
                .containsExactly("statusOn:credit.beforeLastStatus");
    }

    @Test
    void aCurrentLoanPastItsDueDayCountsAsPastDue() {
        LocalDate due = LocalDate.of(2026, 6, 1);
        assertThat(LoanRules.pastDue(LoanStatus.CURRENT, due, TODAY)).isTrue();
        assertThat(LoanRules.pastDue(LoanStatus.CURRENT, TODAY.plusDays(1), TODAY))
                .isFalse();
        assertThat(LoanRules.pastDue(LoanStatus.OVERDUE, TODAY.plusYears(1), TODAY))
                .isTrue();
        assertThat(LoanRules.pastDue(LoanStatus.REPAID, due, TODAY)).isFalse();
    }

    @Test
    void amountsAndRatesAreWrittenTheVietnameseWay() {
        assertThat(LoanRules.dong(25_000_000)).isEqualTo("25.000.000");
        assertThat(LoanRules.dong(999)).isEqualTo("999");
        assertThat(LoanRules.percent(new BigDecimal("7.920"))).isEqualTo("7,92");
        assertThat(LoanRules.percent(new BigDecimal("10.000"))).isEqualTo("10");
    }
}
