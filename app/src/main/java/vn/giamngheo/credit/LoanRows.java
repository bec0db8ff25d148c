package vn.giamngheo.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.Message;

/**
 * The lines of a loan file read as drafts: the headings place the columns (any order, extra columns
 * ignored), each following line becomes a draft or its problems, each naming the line, the
 * household code and the field. Status, its day and the amount still owed may be left out: a loan
 * is then current since its disbursement and owes its whole amount (repaid: nothing).
 */
final class LoanRows {
    /** A line read: the draft, or what is wrong with it. */
    record Parsed(int line, String householdCode, LoanDraft draft, List<Problem> problems) {}

    private LoanRows() {}

    /**
     * {@code words} gives the Vietnamese names a choice may be written with ("Hộ nghèo", "Hội Nông
     * dân"…), from the bundles the pages use.
     */
    static List<Parsed> read(List<LoanFile.Line> lines, Function<Enum<?>, String> words) {
        if (lines.isEmpty()) {
            throw vn.giamngheo.shared.InvalidInput.of("file", Message.of("credit.fileEmpty"));
        }
        LoanFile.Line header = lines.get(0);
        Map<LoanColumns, Integer> at = new EnumMap<>(LoanColumns.class);
        for (int i = 0; i < header.cells().size(); i++) {
            for (LoanColumns c : LoanColumns.values()) {
                if (!at.containsKey(c) && c.matches(header.cell(i))) {
                    at.put(c, i);
                    break;
                }
            }
        }
        List<Problem> missing = new ArrayList<>();
        for (LoanColumns c : LoanColumns.values()) {
            if (c.required && !at.containsKey(c)) {
                missing.add(
                        Problem.of(c.field, "credit.columnMissing", c.heading()).at(header.number(), ""));
            }
        }
        if (!missing.isEmpty()) {
            throw new vn.giamngheo.shared.InvalidInput(missing);
        }
        List<Parsed> out = new ArrayList<>();
        for (LoanFile.Line line : lines.subList(1, lines.size())) {
            out.add(line(line, at, words));
        }
        return out;
    }

    private static Parsed line(LoanFile.Line line, Map<LoanColumns, Integer> at, Function<Enum<?>, String> words) {
        Function<LoanColumns, String> cell = c -> at.containsKey(c) ? line.cell(at.get(c)) : "";
        List<Problem> p = new ArrayList<>();
        String code = LoanText.text(cell.apply(LoanColumns.HOUSEHOLD_CODE), "householdCode", true, 64, p);
        String contract = LoanText.text(cell.apply(LoanColumns.CONTRACT_NO), "contractNo", false, 64, p);
        LoanProgram program =
                LoanText.choice(cell.apply(LoanColumns.PROGRAM), LoanProgram.class, words::apply, "program", p);
        Long amount = LoanText.amount(cell.apply(LoanColumns.AMOUNT), "amount", p);
        String purpose = LoanText.text(cell.apply(LoanColumns.PURPOSE), "purpose", true, 500, p);
        Integer term = LoanText.months(cell.apply(LoanColumns.TERM_MONTHS), "termMonths", p);
        BigDecimal rate = LoanText.rate(cell.apply(LoanColumns.RATE), "rate", p);
        Entruster entruster =
                LoanText.choice(cell.apply(LoanColumns.ENTRUSTER), Entruster.class, words::apply, "entruster", p);
        String group = LoanText.text(cell.apply(LoanColumns.SAVINGS_GROUP), "savingsGroup", true, 200, p);
        LocalDate disbursed = LoanText.day(cell.apply(LoanColumns.DISBURSED_ON), "disbursedOn", p);
        String statusText = cell.apply(LoanColumns.STATUS);
        LoanStatus status = statusText.isBlank()
                ? LoanStatus.CURRENT
                : LoanText.choice(statusText, LoanStatus.class, words::apply, "status", p);
        String statusOnText = cell.apply(LoanColumns.STATUS_ON);
        LocalDate statusOn = statusOnText.isBlank() ? disbursed : LoanText.day(statusOnText, "statusOn", p);
        String owedText = cell.apply(LoanColumns.OUTSTANDING);
        Long owed = owedText.isBlank()
                ? (status == LoanStatus.REPAID ? Long.valueOf(0) : amount)
                : LoanText.amount(owedText, "outstanding", p);
        if (!p.isEmpty()) {
            return new Parsed(
                    line.number(),
                    code,
                    null,
                    p.stream().map(x -> x.at(line.number(), code)).toList());
        }
        LoanDraft d = new LoanDraft(
                code, contract, program, amount, purpose, term, rate, entruster, group, disbursed, status, statusOn,
                owed);
        return new Parsed(line.number(), code, d, List.of());
    }
}
