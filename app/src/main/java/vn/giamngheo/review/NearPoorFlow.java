package vn.giamngheo.review;

/**
 * The flow of near-poor households, mirroring {@link PoorFlow} (docs/domain/review-and-reporting.md §5):
 * {@code start − escaped − toPoor − movedOut + fromPoor + fellBack + newlyNearPoor + movedIn = end}.
 */
public record NearPoorFlow(
        long start,
        long escaped,
        long toPoor,
        long fromPoor,
        long fellBack,
        long newlyNearPoor,
        long movedIn,
        long movedOut,
        long end) {

    public static final NearPoorFlow ZERO = new NearPoorFlow(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public boolean balances() {
        return start - escaped - toPoor - movedOut + fromPoor + fellBack + newlyNearPoor + movedIn == end;
    }

    /** Mirror of "thoát nghèo": escaped near-poverty and to poor. */
    public long decreases() {
        return escaped + toPoor;
    }

    /** Mirror of "phát sinh": newly near-poor and from poor. */
    public long phatSinh() {
        return newlyNearPoor + fromPoor;
    }

    public long netReduction() {
        return decreases() - fellBack - phatSinh();
    }

    public NearPoorFlow plus(NearPoorFlow o) {
        return new NearPoorFlow(
                start + o.start,
                escaped + o.escaped,
                toPoor + o.toPoor,
                fromPoor + o.fromPoor,
                fellBack + o.fellBack,
                newlyNearPoor + o.newlyNearPoor,
                movedIn + o.movedIn,
                movedOut + o.movedOut,
                end + o.end);
    }
}
