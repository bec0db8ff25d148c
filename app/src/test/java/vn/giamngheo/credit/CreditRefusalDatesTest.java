package vn.giamngheo.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.Message;

/**
 * Every refusal of the credit rules that names a day words it dd/MM/yyyy: none carries an ISO date
 * (2024-05-31) that a Vietnamese page would show as it is.
 */
class CreditRefusalDatesTest {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static LoanDraft draft(LocalDate disbursed, LocalDate statusOn) {
        return new LoanDraft(
                "HG-1",
                null,
                LoanProgram.POOR,
                50_000_000,
                "Chăn nuôi",
                60,
                new BigDecimal("6.6"),
                Entruster.FARMERS,
                "Tổ 1",
                disbursed,
                LoanStatus.CURRENT,
                statusOn,
                50_000_000);
    }

    private static List<Object> args(List<Problem> problems) {
        List<Object> out = new ArrayList<>();
        for (Problem p : problems) {
            collect(p.message(), out);
        }
        return out;
    }

    private static void collect(Message m, List<Object> out) {
        for (Object a : m.args()) {
            if (a instanceof Message inner) {
                collect(inner, out);
            } else {
                out.add(a);
            }
        }
    }

    @Test
    void theDayRefusalsOfTheCreditRulesNameTheirDaysAsPagesWriteThem() {
        List<Problem> problems = new ArrayList<>();
        problems.addAll(LoanRules.check(
                draft(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5)), LoanRulesTest.POOR_TERMS, TODAY));
        problems.addAll(LoanRules.standing(
                LoanStatus.CURRENT, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 5, 31), 1, 10, TODAY));
        problems.addAll(LoanRules.change(
                LoanStatus.CURRENT,
                LocalDate.of(2025, 6, 30),
                LoanStatus.OVERDUE,
                LocalDate.of(2025, 6, 1),
                10,
                10,
                LocalDate.of(2024, 5, 31),
                TODAY));
        assertThat(problems)
                .extracting(Problem::code)
                .contains("credit.future", "credit.beforeDisbursement", "credit.beforeLastStatus");
        List<Object> args = args(problems);
        assertThat(args).noneMatch(a -> a instanceof java.time.temporal.Temporal);
        assertThat(args).noneMatch(a -> ISO.matcher(String.valueOf(a)).find());
        assertThat(args).anyMatch(a -> DAY.matcher(String.valueOf(a)).matches());
        assertThat(args).contains("05/01/2027", "02/03/2024", "31/05/2024", "01/06/2025", "30/06/2025");
    }
}
