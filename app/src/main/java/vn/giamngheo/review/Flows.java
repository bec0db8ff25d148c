package vn.giamngheo.review;

/** The poor and near-poor flows in one unit of count (households or persons). */
public record Flows(PoorFlow poor, NearPoorFlow nearPoor) {
    public static final Flows ZERO = new Flows(PoorFlow.ZERO, NearPoorFlow.ZERO);

    public Flows plus(Flows o) {
        return new Flows(poor.plus(o.poor), nearPoor.plus(o.nearPoor));
    }

    public boolean balances() {
        return poor.balances() && nearPoor.balances();
    }
}
