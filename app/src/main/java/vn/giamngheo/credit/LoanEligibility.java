package vn.giamngheo.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.Message;

/**
 * Whether a household may hold a loan of a program, by its class on the recognised lists in force
 * for the disbursement year: pure, giving reasons. The class a program needs is the beneficiary kind
 * its terms are held under ({@link LoanProgram#beneficiary}, the key of its loan norms): POOR for
 * the poor-household and housing loans, NEAR_POOR, ESCAPED (left the poor or near-poor lists at
 * most three list years before: QĐ 28/2015/QĐ-TTg as extended, docs/domain/funding-and-support.md
 * §A4). Where our notes do not say who may borrow (students, clean water, other programs) or name
 * conditions we cannot check (work abroad: poor, land-recovered or ethnic-minority workers), the
 * result is a warning that says which, never a refusal; so is a commune with no recognised list in
 * force that year (the class is unknown, not "not poor").
 */
public final class LoanEligibility {
    /** The newly-escaped window in list years (the lists are yearly). */
    static final int ESCAPED_YEARS = 3;

    private LoanEligibility() {}

    /** Refusals (field-named) and warnings (shown, not blocking). */
    public record Result(List<Problem> refusals, List<Problem> warnings) {}

    /**
     * @param classes the household's class by list year (POOR, NEAR_POOR; a year it was on no list
     *     is absent), for the disbursement year and the years before it
     * @param listsInForce whether the commune had recognised lists in force for {@code year}
     */
    public static Result check(
            LoanProgram program, int year, Map<Integer, String> classes, boolean listsInForce, boolean ethnicMinority) {
        List<Problem> refusals = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Message programWord = Message.of("credit.program." + program.name());
        String now = classes.get(year);
        String needed = program.beneficiary();
        if (needed == null || needed.equals("ANY")) {
            if (program == LoanProgram.WORK_ABROAD) {
                if (!"POOR".equals(now) && !ethnicMinority) {
                    warnings.add(Problem.of("program", "credit.warnWorkAbroad", programWord, year));
                }
            } else {
                warnings.add(Problem.of("program", "credit.warnWhoNotFound", programWord));
            }
            return new Result(refusals, warnings);
        }
        if (!listsInForce) {
            warnings.add(Problem.of("program", "credit.warnNoLists", programWord, year));
            return new Result(refusals, warnings);
        }
        Message classWord = Message.of(now == null ? "credit.class.NONE" : "credit.class." + now);
        switch (needed) {
            case "POOR", "NEAR_POOR" -> {
                if (!needed.equals(now)) {
                    refusals.add(Problem.of(
                            "program",
                            "credit.programNeedsClass",
                            programWord,
                            Message.of("credit.class." + needed),
                            classWord,
                            year));
                }
            }
            case "ESCAPED" -> {
                if (now != null) {
                    refusals.add(Problem.of("program", "credit.escapedStillListed", programWord, classWord, year));
                } else {
                    Integer left = null;
                    for (int y = year - 1; y >= year - ESCAPED_YEARS; y--) {
                        if (classes.get(y) != null) {
                            left = y;
                            break;
                        }
                    }
                    if (left == null) {
                        refusals.add(Problem.of(
                                "program", "credit.escapedNotListed", programWord, year - ESCAPED_YEARS, year - 1));
                    }
                }
            }
            default -> warnings.add(Problem.of("program", "credit.warnWhoNotFound", programWord));
        }
        return new Result(refusals, warnings);
    }
}
