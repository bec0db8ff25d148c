package vn.giamngheo.support;

import java.math.BigDecimal;

/**
 * One line of the outcomes of support (a content, a sub-project, a unit, or the whole unit): the
 * supported households that were poor or near-poor on the list of their first supported year, and
 * how they stood on the later recognised lists (decision 1430). {@code base1}/{@code base2}: those
 * whose list one (two) years later has been recognised; {@code escaped1}/{@code escaped2}: of those,
 * the households off both lists within one (two) list years; {@code spent1}/{@code spent2}: what was
 * disbursed to the base households in the window's support years; {@code fellBack}: escaped after
 * support, then poor or near-poor again on a later list; {@code spent}: all disbursed to them.
 */
public record OutcomeLine(
        String key,
        String name,
        long supported,
        long households,
        long base1,
        long escaped1,
        long spent1,
        long base2,
        long escaped2,
        long spent2,
        long fellBack,
        long spent) {

    /** Escaped within one list year, in percent of the base; null: no household to count. */
    public BigDecimal rate1() {
        return OutcomeShares.percent(escaped1, base1);
    }

    public BigDecimal rate2() {
        return OutcomeShares.percent(escaped2, base2);
    }

    /** Disbursed to the base households per household escaped within one year; null: none escaped. */
    public Long costPerEscaped1() {
        return OutcomeShares.perHousehold(spent1, escaped1);
    }

    public Long costPerEscaped2() {
        return OutcomeShares.perHousehold(spent2, escaped2);
    }
}
