package vn.giamngheo.credit;

import java.util.Set;

/**
 * Where a loan stands (the bank's classification as the commune follows it): current (trong hạn),
 * overdue (quá hạn), repaid (đã tất toán), written off (đã xóa nợ). Repaid and written-off loans are
 * closed; an overdue loan may come back to current when the bank extends or reschedules it.
 */
public enum LoanStatus {
    CURRENT,
    OVERDUE,
    REPAID,
    WRITTEN_OFF;

    public boolean closed() {
        return this == REPAID || this == WRITTEN_OFF;
    }

    /** The statuses a loan in this status may move to. */
    public Set<LoanStatus> next() {
        return switch (this) {
            case CURRENT -> Set.of(OVERDUE, REPAID, WRITTEN_OFF);
            case OVERDUE -> Set.of(CURRENT, REPAID, WRITTEN_OFF);
            case REPAID, WRITTEN_OFF -> Set.of();
        };
    }
}
