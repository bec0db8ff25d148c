package vn.giamngheo.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A loan as entered or read from the bank's export, before it is stored. {@code householdCode} names
 * the household (the registry's code); {@code contractNo} the bank's contract, optional; {@code
 * status}, {@code statusOn} and {@code outstanding} where the loan stands (a new disbursement: current,
 * on its day, owing the whole amount).
 */
public record LoanDraft(
        String householdCode,
        String contractNo,
        LoanProgram program,
        long amount,
        String purpose,
        int termMonths,
        BigDecimal rate,
        Entruster entruster,
        String savingsGroup,
        LocalDate disbursedOn,
        LoanStatus status,
        LocalDate statusOn,
        long outstanding) {

    /** The day the last instalment falls due: the disbursement day plus the term. */
    public LocalDate dueOn() {
        return disbursedOn.plusMonths(termMonths);
    }
}
