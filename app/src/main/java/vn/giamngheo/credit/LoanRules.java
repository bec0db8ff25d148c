package vn.giamngheo.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.Message;

/**
 * The checks a loan must pass, as pure functions giving reasons: the amount within the program's
 * ceiling, the term within its longest term, the rate not above its rate (the bank lends below it
 * in some areas, never above), dates not in the future, and a status that agrees with what is still
 * owed. A term the norms do not configure is not checked (docs/domain/funding-and-support.md §A4
 * gives no ceiling for near-poor loans, for instance).
 */
public final class LoanRules {
    private LoanRules() {}

    public static List<Problem> check(LoanDraft d, LoanTerms terms, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (d.amount() <= 0) {
            out.add(Problem.of("amount", "credit.amountPositive"));
        } else if (terms.ceiling() != null
                && BigDecimal.valueOf(d.amount()).compareTo(terms.ceiling().value()) > 0) {
            out.add(Problem.of(
                    "amount",
                    "credit.overCeiling",
                    dong(d.amount()),
                    dong(terms.ceiling().value().longValue()),
                    terms.ceiling().legalSource()));
        }
        if (d.termMonths() <= 0) {
            out.add(Problem.of("termMonths", "credit.termPositive"));
        } else if (terms.maxMonths() != null
                && d.termMonths() > terms.maxMonths().value().intValue()) {
            out.add(Problem.of(
                    "termMonths",
                    "credit.overTerm",
                    d.termMonths(),
                    terms.maxMonths().value().intValue(),
                    terms.maxMonths().legalSource()));
        }
        if (d.rate() == null || d.rate().signum() < 0) {
            out.add(Problem.of("rate", "credit.ratePositive"));
        } else if (terms.rate() != null && d.rate().compareTo(terms.rate().value()) > 0) {
            out.add(Problem.of(
                    "rate",
                    "credit.overRate",
                    percent(d.rate()),
                    percent(terms.rate().value()),
                    terms.rate().legalSource()));
        }
        if (d.purpose() == null || d.purpose().isBlank()) {
            out.add(Problem.of("purpose", "credit.required"));
        }
        if (d.savingsGroup() == null || d.savingsGroup().isBlank()) {
            out.add(Problem.of("savingsGroup", "credit.required"));
        }
        if (d.disbursedOn() != null && d.disbursedOn().isAfter(today)) {
            out.add(Problem.of("disbursedOn", "credit.future", d.disbursedOn()));
        }
        out.addAll(standing(d.status(), d.statusOn(), d.disbursedOn(), d.outstanding(), d.amount(), today));
        return out;
    }

    /** A status on a day with what is still owed: consistent with the loan and not in the future. */
    public static List<Problem> standing(
            LoanStatus status,
            LocalDate statusOn,
            LocalDate disbursedOn,
            long outstanding,
            long amount,
            LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (statusOn != null && statusOn.isAfter(today)) {
            out.add(Problem.of("statusOn", "credit.future", statusOn));
        } else if (statusOn != null && disbursedOn != null && statusOn.isBefore(disbursedOn)) {
            out.add(Problem.of("statusOn", "credit.beforeDisbursement", statusOn, disbursedOn));
        }
        if (outstanding < 0) {
            out.add(Problem.of("outstanding", "credit.outstandingNegative"));
        } else if (outstanding > amount && amount > 0) {
            out.add(Problem.of("outstanding", "credit.outstandingOverAmount", dong(outstanding), dong(amount)));
        } else if (status == LoanStatus.REPAID && outstanding > 0) {
            out.add(Problem.of("outstanding", "credit.repaidOwes", dong(outstanding)));
        } else if ((status == LoanStatus.CURRENT || status == LoanStatus.OVERDUE) && outstanding == 0) {
            out.add(Problem.of("outstanding", "credit.runningOwesNothing"));
        }
        return out;
    }

    /**
     * A change of status of a stored loan: allowed from where it stands, not dated before its last
     * status, and consistent with what it still owes.
     */
    public static List<Problem> change(
            LoanStatus from,
            LocalDate lastOn,
            LoanStatus to,
            LocalDate on,
            long outstanding,
            long amount,
            LocalDate disbursedOn,
            LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (to != from && !from.next().contains(to)) {
            out.add(Problem.of(
                    "status",
                    "credit.transition",
                    Message.of("credit.status." + from.name()),
                    Message.of("credit.status." + to.name())));
        }
        if (on != null && lastOn != null && on.isBefore(lastOn)) {
            out.add(Problem.of("statusOn", "credit.beforeLastStatus", on, lastOn));
        }
        out.addAll(standing(to, on, disbursedOn, outstanding, amount, today));
        return out;
    }

    /**
     * Whether a loan the bank still lists as current is past the day its last instalment fell due:
     * shown with the overdue loans, so the commune follows it up before the bank's next list.
     */
    public static boolean pastDue(LoanStatus status, LocalDate dueOn, LocalDate today) {
        return status == LoanStatus.OVERDUE || status == LoanStatus.CURRENT && dueOn.isBefore(today);
    }

    /** An amount as Vietnamese write it: 100.000.000. */
    static String dong(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + out;
    }

    /** A rate as Vietnamese write it: 6,6. */
    static String percent(BigDecimal rate) {
        BigDecimal r = rate.stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString().replace('.', ',');
    }
}
