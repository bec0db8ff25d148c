package vn.giamngheo.review;

import vn.giamngheo.review.TransitionRule.ListClass;

/**
 * Adds up the flows from households already put in their category by the flow rule (SQL function
 * {@code review_flow_category}, V23_1: the rule is written there once, for this count and for the
 * reports). Each household lands in exactly one category of a flow it belongs to (it is in the
 * start, the end, or both), so start − decreases + increases = end holds by construction; a move
 * the rule cannot place (UNMATCHED_*) is a programming error and stops the count.
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
    private static final int MOVED_IN = 6;
    private static final int MOVED_OUT = 7;
    private static final int END = 8;

    /**
     * Adds {@code count} households (or persons) on the {@code side} flow: in its start, its end, and
     * in the rule's {@code category} (null when they stay on the side or stay off it).
     */
    void add(ListClass side, boolean inStart, boolean inEnd, String category, long count) {
        long[] flow = side == ListClass.POOR ? poor : nearPoor;
        if (inStart) {
            flow[START] += count;
        }
        if (inEnd) {
            flow[END] += count;
        }
        if (category != null) {
            flow[index(category, side)] += count;
        } else if (inStart != inEnd) {
            throw new IllegalStateException("a move on the " + side + " flow without a category");
        }
    }

    /**
     * Adds persons on the {@code side} flow: {@code atStart} on the previous list, {@code atEnd} now
     * (decision 1601).
     */
    void add(ListClass side, boolean inStart, boolean inEnd, String category, long atStart, long atEnd) {
        if (inStart && inEnd) {
            long[] flow = side == ListClass.POOR ? poor : nearPoor;
            flow[START] += atStart;
            flow[END] += atEnd;
            flow[atEnd > atStart ? MOVED_IN : MOVED_OUT] += Math.abs(atEnd - atStart);
            return;
        }
        add(side, inStart, inEnd, category, inStart ? atStart : atEnd);
    }

    private static int index(String category, ListClass side) {
        return switch (category) {
            case "ESCAPED" -> 1;
            case "TO_OTHER" -> 2;
            case "FROM_OTHER" -> 3;
            case "FELL_BACK" -> 4;
            case "NEWLY" -> 5;
            case "MOVED_IN" -> MOVED_IN;
            case "MOVED_OUT" -> MOVED_OUT;
            default -> throw new IllegalStateException("a move fits no category of the " + side + " flow: " + category);
        };
    }

    Flows flows() {
        Flows flows = new Flows(
                new PoorFlow(poor[0], poor[1], poor[2], poor[3], poor[4], poor[5], poor[6], poor[7], poor[8]),
                new NearPoorFlow(
                        nearPoor[0],
                        nearPoor[1],
                        nearPoor[2],
                        nearPoor[3],
                        nearPoor[4],
                        nearPoor[5],
                        nearPoor[6],
                        nearPoor[7],
                        nearPoor[8]));
        if (!flows.balances()) {
            throw new IllegalStateException("flows do not balance: " + flows);
        }
        return flows;
    }
}
