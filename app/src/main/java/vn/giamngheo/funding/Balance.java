package vn.giamngheo.funding;

/**
 * The money of one unit, year, sub-project (component) and source: the sums of its entries.
 * {@code held()}: what the unit holds (allocated, received, carried in, less what it handed down or
 * carried out); {@code available()}: held less disbursed, never below zero; {@code uncommitted()}:
 * held less committed.
 */
public record Balance(
        long unitId,
        int year,
        long componentId,
        FundingSource source,
        long allocated,
        long transferIn,
        long transferOut,
        long carryIn,
        long carryOut,
        long committed,
        long disbursed,
        long settled) {

    public long held() {
        return allocated + transferIn + carryIn - transferOut - carryOut;
    }

    public long available() {
        return held() - disbursed;
    }

    public long uncommitted() {
        return held() - committed;
    }

    /** Disbursed as a percent of held, two decimals; null when nothing is held. */
    public java.math.BigDecimal disbursedPercent() {
        return percent(disbursed, held());
    }

    static java.math.BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : java.math.BigDecimal.valueOf(part * 100L)
                        .divide(java.math.BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP);
    }

    /** The sum of two balances of the same key, or of a subtree (keys of the first kept). */
    public Balance plus(Balance o) {
        return new Balance(
                unitId,
                year,
                componentId,
                source,
                allocated + o.allocated,
                transferIn + o.transferIn,
                transferOut + o.transferOut,
                carryIn + o.carryIn,
                carryOut + o.carryOut,
                committed + o.committed,
                disbursed + o.disbursed,
                settled + o.settled);
    }

    public static Balance zero(long unitId, int year, long componentId, FundingSource source) {
        return new Balance(unitId, year, componentId, source, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
