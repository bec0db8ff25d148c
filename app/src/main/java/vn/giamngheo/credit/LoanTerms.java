package vn.giamngheo.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A program's terms on a day as the catalogue's loan norms give them: the rate (percent a year), the
 * ceiling (đồng per household) and the longest term (months). A term the norms do not give is null
 * and is shown as "chưa cấu hình"; nothing is checked against it.
 */
public record LoanTerms(LoanProgram program, LocalDate on, Term rate, Term ceiling, Term maxMonths) {

    /** One configured value with where it comes from and how sure it is (FIRM, LIKELY, USER…). */
    public record Term(BigDecimal value, String legalSource, String confidence, String note) {}

    public static LoanTerms none(LoanProgram program, LocalDate on) {
        return new LoanTerms(program, on, null, null, null);
    }

    public boolean configured() {
        return rate != null || ceiling != null || maxMonths != null;
    }
}
