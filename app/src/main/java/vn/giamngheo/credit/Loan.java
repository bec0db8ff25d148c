package vn.giamngheo.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stored loan as a reader in reach sees it: the household (code, head, where it lives now), the
 * loan's facts and where it stands. {@code pastDue}: overdue, or still listed as current after its
 * last instalment fell due ({@link LoanRules#pastDue}). {@code householdClass}: the household's class
 * on its commune's lists in force, null when it is on none.
 */
public record Loan(
        long id,
        long householdId,
        String householdCode,
        String headName,
        long unitId,
        String unitName,
        long communeId,
        String contractNo,
        LoanProgram program,
        long amount,
        String purpose,
        int termMonths,
        BigDecimal rate,
        Entruster entruster,
        String savingsGroup,
        LocalDate disbursedOn,
        LocalDate dueOn,
        LoanStatus status,
        LocalDate statusOn,
        long outstanding,
        boolean pastDue,
        String householdClass,
        int version) {}
