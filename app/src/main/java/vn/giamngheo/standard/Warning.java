package vn.giamngheo.standard;

import vn.giamngheo.standard.Reason.IncomeVersusLine;
import vn.giamngheo.standard.Reason.ScoreVersusThreshold;

/**
 * Something for the reviewer to look at, as a value; {@link #text()} words it as the exchange
 * format's {@code warnings} do. Like {@link Reason}, kept as values so pages can word them in the
 * reader's language ({@link ReasonWording}).
 */
public sealed interface Warning {

    String text();

    /**
     * The reviewer's tick and the member and dwelling facts disagree on an indicator; the tick
     * decides (docs/domain/household-format.md). {@code ticked}: the tick says deprived and the facts say not.
     */
    record TickVersusFacts(Indicator indicator, boolean ticked) implements Warning {
        @Override
        public String text() {
            return ticked
                    ? indicator + " is ticked deprived, but the member and dwelling facts say not deprived"
                    : indicator + " is not ticked, but the member and dwelling facts say deprived";
        }
    }

    /** Score A and the measured income fall on different sides of the line; the measured income decides. */
    record ScoreVersusIncome(ScoreVersusThreshold score, IncomeVersusLine income) implements Warning {
        @Override
        public String text() {
            return score.text() + ", but " + income.text() + ": the measured income decides";
        }
    }

    /**
     * No members given: the household counts 0 persons in a review's flows. Added by the review
     * module (it counts persons); the classifier itself never gives it.
     */
    record NoMembers() implements Warning {
        public static final NoMembers INSTANCE = new NoMembers();

        @Override
        public String text() {
            return "no members given: the household counts 0 persons in the flows";
        }
    }
}
