package vn.giamngheo.review;

import java.util.ArrayList;
import java.util.List;

/**
 * The transition of one household, as a pure function of four facts: its class on the commune's
 * previous list, what the review found, whether it is on another commune's list in force and
 * whether it was ever on a list before. The domain of the facts is small, so {@link #table()}
 * lists every case: the SQL that computes outcomes for a whole campaign joins that table, and
 * this class stays the one place where the rule is written.
 */
public final class TransitionRule {

    /** A class as the lists hold it: poor, near-poor, or on no list. */
    public enum ListClass {
        POOR,
        NEAR_POOR,
        NONE
    }

    /** What the review found: poor, near-poor, above the near-poor line, or not (yet) known. */
    public enum Found {
        POOR,
        NEAR_POOR,
        ABOVE,
        UNKNOWN;

        public static Found of(String householdClass) {
            if (householdClass == null) {
                return UNKNOWN;
            }
            return switch (householdClass) {
                case "POOR" -> POOR;
                case "NEAR_POOR" -> NEAR_POOR;
                case "MIDDLE", "NOT_POOR" -> ABOVE;
                default -> UNKNOWN;
            };
        }
    }

    /** Where the household ends up and the transition that took it there (null: on no list before or after). */
    public record Outcome(Transition transition, ListClass after) {}

    /** One line of {@link #table()}. */
    public record Case(ListClass before, Found found, boolean onAnotherList, boolean everListed, Outcome outcome) {}

    private TransitionRule() {}

    /**
     * A household reviewed in the campaign. Until it is classified (or while it is UNDETERMINED)
     * it keeps its previous class: a provisional preview then counts it as stayed.
     */
    public static Outcome reviewed(ListClass before, Found found, boolean onAnotherList, boolean everListed) {
        if (found == Found.UNKNOWN) {
            return new Outcome(before == ListClass.NONE ? null : Transition.STAYED, before);
        }
        if (found == Found.ABOVE) {
            return switch (before) {
                case POOR -> new Outcome(Transition.ESCAPED_POVERTY, ListClass.NONE);
                case NEAR_POOR -> new Outcome(Transition.ESCAPED_NEAR_POVERTY, ListClass.NONE);
                case NONE -> new Outcome(null, ListClass.NONE);
            };
        }
        ListClass now = found == Found.POOR ? ListClass.POOR : ListClass.NEAR_POOR;
        if (before == now) {
            return new Outcome(Transition.STAYED, now);
        }
        if (before == ListClass.POOR) {
            return new Outcome(Transition.POOR_TO_NEAR_POOR, now);
        }
        if (before == ListClass.NEAR_POOR) {
            return new Outcome(Transition.NEAR_POOR_TO_POOR, now);
        }
        if (onAnotherList) {
            return new Outcome(Transition.MOVED_IN, now);
        }
        if (everListed) {
            return new Outcome(now == ListClass.POOR ? Transition.FELL_BACK_POOR : Transition.FELL_BACK_NEAR_POOR, now);
        }
        return new Outcome(now == ListClass.POOR ? Transition.NEWLY_POOR : Transition.NEWLY_NEAR_POOR, now);
    }

    /**
     * A household of the previous list that the campaign did not review: moved out when it is now
     * registered in another commune or voided, otherwise carried over unchanged (a regular round
     * reviews only the households that asked).
     */
    public static Outcome notReviewed(ListClass before, boolean stillInCommune) {
        if (before == ListClass.NONE) {
            throw new IllegalArgumentException("a household not reviewed comes from the previous list");
        }
        return stillInCommune
                ? new Outcome(Transition.STAYED, before)
                : new Outcome(Transition.MOVED_OUT, ListClass.NONE);
    }

    /** Every case of {@link #reviewed}: 3 × 4 × 2 × 2 lines. */
    public static List<Case> table() {
        List<Case> cases = new ArrayList<>();
        for (ListClass before : ListClass.values()) {
            for (Found found : Found.values()) {
                for (boolean another : new boolean[] {false, true}) {
                    for (boolean ever : new boolean[] {false, true}) {
                        cases.add(new Case(before, found, another, ever, reviewed(before, found, another, ever)));
                    }
                }
            }
        }
        return cases;
    }
}
