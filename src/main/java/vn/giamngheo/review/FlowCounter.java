package vn.giamngheo.review;

import vn.giamngheo.review.TransitionRule.ListClass;

/**
 * Counts outcomes into flows. Each household lands in exactly one category of a flow it belongs
 * to (it is in the start, the end, or both), so start − decreases + increases = end holds by
 * construction; an outcome that fits no category is a programming error and stops the count.
 *
 * <p>In persons a household counts at its size on the previous list in the start and in what it
 * leaves by, at its new size in the end and in what it enters by; a household that stays on a list
 * with another size adds the difference to the other increases or decreases (decision 1601), so the
 * start is always the list in force.
 */
final class FlowCounter {
    private final long[] poor = new long[9];
    private final long[] nearPoor = new long[9];

    // indexes in the order of the PoorFlow / NearPoorFlow components
    private static final int START = 0;
    private static final int ESCAPED = 1;
    private static final int TO_OTHER = 2;
    private static final int FROM_OTHER = 3;
    private static final int FELL_BACK = 4;
    private static final int NEWLY = 5;
    private static final int MOVED_IN = 6;
    private static final int MOVED_OUT = 7;
    private static final int END = 8;

    /** Adds {@code count} households with this outcome. */
    void add(ListClass before, ListClass after, Transition transition, long count) {
        add(before, after, transition, count, count);
    }

    /** Adds persons with this outcome: {@code atStart} on the previous list, {@code atEnd} now. */
    void add(ListClass before, ListClass after, Transition transition, long atStart, long atEnd) {
        count(poor, ListClass.POOR, before, after, transition, atStart, atEnd);
        count(nearPoor, ListClass.NEAR_POOR, before, after, transition, atStart, atEnd);
    }

    Flows flows() {
        Flows flows = new Flows(
                new PoorFlow(
                        poor[START],
                        poor[ESCAPED],
                        poor[TO_OTHER],
                        poor[FROM_OTHER],
                        poor[FELL_BACK],
                        poor[NEWLY],
                        poor[MOVED_IN],
                        poor[MOVED_OUT],
                        poor[END]),
                new NearPoorFlow(
                        nearPoor[START],
                        nearPoor[ESCAPED],
                        nearPoor[TO_OTHER],
                        nearPoor[FROM_OTHER],
                        nearPoor[FELL_BACK],
                        nearPoor[NEWLY],
                        nearPoor[MOVED_IN],
                        nearPoor[MOVED_OUT],
                        nearPoor[END]));
        if (!flows.balances()) {
            throw new IllegalStateException("flows do not balance: " + flows);
        }
        return flows;
    }

    private static void count(
            long[] flow, ListClass side, ListClass before, ListClass after, Transition t, long atStart, long atEnd) {
        boolean inStart = before == side;
        boolean inEnd = after == side;
        if (inStart) {
            flow[START] += atStart;
        }
        if (inEnd) {
            flow[END] += atEnd;
        }
        if (inStart && inEnd) {
            flow[atEnd > atStart ? MOVED_IN : MOVED_OUT] += Math.abs(atEnd - atStart);
        }
        if (inStart == inEnd) {
            return;
        }
        long n = inStart ? atStart : atEnd;
        boolean poorSide = side == ListClass.POOR;
        int category;
        if (inStart) {
            category = t == null
                    ? -1
                    : switch (t) {
                        case ESCAPED_POVERTY -> poorSide ? ESCAPED : -1;
                        case ESCAPED_NEAR_POVERTY -> poorSide ? -1 : ESCAPED;
                        case POOR_TO_NEAR_POOR -> poorSide ? TO_OTHER : -1;
                        case NEAR_POOR_TO_POOR -> poorSide ? -1 : TO_OTHER;
                        case MOVED_OUT -> MOVED_OUT;
                        default -> -1;
                    };
        } else {
            category = t == null
                    ? -1
                    : switch (t) {
                        case NEAR_POOR_TO_POOR -> poorSide ? FROM_OTHER : -1;
                        case POOR_TO_NEAR_POOR -> poorSide ? -1 : FROM_OTHER;
                        case FELL_BACK_POOR -> poorSide ? FELL_BACK : -1;
                        case FELL_BACK_NEAR_POOR -> poorSide ? -1 : FELL_BACK;
                        case NEWLY_POOR -> poorSide ? NEWLY : -1;
                        case NEWLY_NEAR_POOR -> poorSide ? -1 : NEWLY;
                        case MOVED_IN -> MOVED_IN;
                        default -> -1;
                    };
        }
        if (category < 0) {
            throw new IllegalStateException(
                    "outcome " + before + " → " + after + " by " + t + " fits no category of the " + side + " flow");
        }
        flow[category] += n;
    }
}
