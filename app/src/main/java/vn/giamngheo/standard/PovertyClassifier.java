package vn.giamngheo.standard;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.standard.Reason.DeprivationCount;
import vn.giamngheo.standard.Reason.IncomeVersusLine;
import vn.giamngheo.standard.Reason.LineKind;
import vn.giamngheo.standard.Reason.MiddleBandUnknown;
import vn.giamngheo.standard.Reason.NoIncome;
import vn.giamngheo.standard.Reason.NoScoreThreshold;
import vn.giamngheo.standard.Reason.ScoreCannotTellBand;
import vn.giamngheo.standard.Reason.ScoreVersusThreshold;

/**
 * Places a household under one version of a poverty standard (docs/domain/poverty-standards.md §3): a pure
 * function, no Spring and no database, fast enough for millions of households a second.
 *
 * <p>The rule, boundaries inclusive exactly as written: for NĐ 07/2021 and NĐ 351/2025, with line L,
 * poor when y ≤ L and d ≥ 3, near-poor when y ≤ L and d &lt; 3, middle when L &lt; y ≤ M where M is
 * known, otherwise not poor — above the line never poor, whatever d. For QĐ 59/2015, with lines
 * P &lt; N: poor when y ≤ P, or P &lt; y ≤ N and d ≥ 3; near-poor when P &lt; y ≤ N and d &lt; 3;
 * middle when N &lt; y ≤ M. d counts indicators, not dimensions.
 *
 * <p>Indicators come from the reviewer's ticks when the household has them, otherwise from member
 * and dwelling facts; with both, the ticks decide and each disagreement is a warning. An indicator
 * that is neither ticked nor derivable is unknown: when the unknown ones could lift d to the
 * cut-off the answer is UNDETERMINED, naming them; when even all of them could not, the household
 * is near-poor.
 */
public final class PovertyClassifier {

    private PovertyClassifier() {}

    /**
     * @throws InvalidInput when the household ticks an indicator the standard does not use
     *     (docs/domain/household-format.md: an error for that line)
     */
    public static Classification classify(HouseholdInput household, PovertyStandard standard) {
        int used = standard.indicatorSet().bits();
        IndicatorSet ticks = household.deprivations();
        if (ticks != null && (ticks.bits() & ~used) != 0) {
            throw notUsed(ticks.bits() & ~used, standard);
        }
        long facts = IndicatorFacts.derive(household, standard.derivation(), used);
        int factDeprived = (int) facts;
        int factKnown = (int) (facts >>> 32);
        int deprived;
        int known;
        List<Warning> warnings = List.of();
        if (ticks != null) {
            deprived = ticks.bits();
            known = used;
            int disagreeing = (deprived ^ factDeprived) & factKnown;
            if (disagreeing != 0) {
                warnings = disagreements(disagreeing, deprived);
            }
        } else {
            deprived = factDeprived;
            known = factKnown;
        }
        Decision decision = new Decision(standard, household.area(), deprived, used & ~known, warnings);
        Long income = household.incomePerCapita();
        Double score = household.scoreA();
        if (income != null) {
            if (score != null) {
                decision.compareScoreWithIncome(score, income);
            }
            return decision.byIncome(income);
        }
        if (score != null) {
            return decision.byScore(score);
        }
        return decision.finish(HouseholdClass.UNDETERMINED, NoIncome.INSTANCE);
    }

    private static InvalidInput notUsed(int bits, PovertyStandard standard) {
        return InvalidInput.of(
                "deprivations",
                Message.of(
                        Integer.bitCount(bits) == 1 ? "standard.notIndicator" : "standard.notIndicators",
                        new IndicatorSet(bits).toString(),
                        standard.id(),
                        standard.indicatorSet().toString()));
    }

    private static List<Warning> disagreements(int disagreeing, int ticked) {
        List<Warning> warnings = new ArrayList<>(Integer.bitCount(disagreeing));
        for (int rest = disagreeing; rest != 0; rest &= rest - 1) {
            Indicator indicator = Indicator.byOrdinal(Integer.numberOfTrailingZeros(rest));
            warnings.add(new Warning.TickVersusFacts(indicator, (ticked & indicator.bit()) != 0));
        }
        return warnings;
    }

    /** The state of one classification while its steps are taken. */
    private static final class Decision {
        private final PovertyStandard standard;
        private final Area area;
        private final AreaLines lines;
        private final int deprived;
        private final int unknown;
        private List<Warning> warnings;

        Decision(PovertyStandard standard, Area area, int deprived, int unknown, List<Warning> warnings) {
            this.standard = standard;
            this.area = area;
            this.lines = standard.lines().of(area);
            this.deprived = deprived;
            this.unknown = unknown;
            this.warnings = warnings;
        }

        Classification byIncome(long income) {
            if (standard.rule() == PovertyStandard.Rule.TWO_LINES) {
                // QĐ 59/2015: at or under P poor whatever d; in (P, N] the deprivations decide.
                IncomeVersusLine lower = new IncomeVersusLine(income, area, LineKind.POOR_LINE, lines.lowerLine());
                if (lower.atOrUnder()) {
                    return finish(HouseholdClass.POOR, lower);
                }
                IncomeVersusLine upper = new IncomeVersusLine(income, area, LineKind.NEAR_POOR_LINE, lines.line());
                return upper.atOrUnder() ? byDeprivations(lower, upper) : aboveLine(income, upper);
            }
            IncomeVersusLine line = new IncomeVersusLine(income, area, LineKind.LINE, lines.line());
            return line.atOrUnder() ? byDeprivations(null, line) : aboveLine(income, line);
        }

        /** TT 07/2021: score A at or under the threshold stands for income at or under the line. */
        Classification byScore(double score) {
            if (lines.scoreAMax() == null) {
                return finish(HouseholdClass.UNDETERMINED, new NoScoreThreshold(standard.id(), area));
            }
            ScoreVersusThreshold step = new ScoreVersusThreshold(score, area, lines.scoreAMax(), lines.line());
            if (step.atOrUnder()) {
                return byDeprivations(null, step);
            }
            return finish(
                    HouseholdClass.NOT_POOR,
                    step,
                    lines.middleUpper() == null
                            ? new MiddleBandUnknown(standard.id(), area)
                            : ScoreCannotTellBand.INSTANCE);
        }

        void compareScoreWithIncome(double score, long income) {
            if (lines.scoreAMax() == null) {
                return;
            }
            boolean scoreUnder = score <= lines.scoreAMax().value();
            boolean incomeUnder = income <= lines.line().value();
            if (scoreUnder != incomeUnder) {
                List<Warning> more = new ArrayList<>(warnings);
                more.add(new Warning.ScoreVersusIncome(
                        new ScoreVersusThreshold(score, area, lines.scoreAMax(), lines.line()),
                        new IncomeVersusLine(income, area, LineKind.LINE, lines.line())));
                warnings = more;
            }
        }

        private Classification aboveLine(long income, Reason lineStep) {
            if (lines.middleUpper() == null) {
                return finish(HouseholdClass.NOT_POOR, lineStep, new MiddleBandUnknown(standard.id(), area));
            }
            IncomeVersusLine band = new IncomeVersusLine(income, area, LineKind.MIDDLE_UPPER, lines.middleUpper());
            return finish(band.atOrUnder() ? HouseholdClass.MIDDLE : HouseholdClass.NOT_POOR, lineStep, band);
        }

        private Classification byDeprivations(Reason first, Reason second) {
            int cutoff = standard.deprivationCutoff().intValue();
            int d = Integer.bitCount(deprived);
            DeprivationCount count = new DeprivationCount(d, cutoff, new IndicatorSet(unknown));
            HouseholdClass result;
            if (d >= cutoff) {
                result = HouseholdClass.POOR;
            } else if (d + Integer.bitCount(unknown) >= cutoff) {
                result = HouseholdClass.UNDETERMINED;
            } else {
                result = HouseholdClass.NEAR_POOR;
            }
            return first == null ? finish(result, second, count) : finish(result, first, second, count);
        }

        Classification finish(HouseholdClass result, Reason... reasons) {
            return new Classification(
                    standard.id(),
                    standard.version(),
                    result,
                    new IndicatorSet(deprived),
                    new IndicatorSet(unknown),
                    List.of(reasons),
                    warnings);
        }
    }
}
