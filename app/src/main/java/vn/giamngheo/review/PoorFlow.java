package vn.giamngheo.review;

/**
 * The flow (diễn biến) of poor households, in households or in persons (docs/domain/review-and-reporting.md
 * §5): {@code start − escaped − toNearPoor − movedOut + fromNearPoor + fellBack + newlyPoor +
 * movedIn = end}. {@code escaped} is only the part that rose above the near-poor line.
 */
public record PoorFlow(
        long start,
        long escaped,
        long toNearPoor,
        long fromNearPoor,
        long fellBack,
        long newlyPoor,
        long movedIn,
        long movedOut,
        long end) {

    public static final PoorFlow ZERO = new PoorFlow(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Whether start − decreases + increases = end. */
    public boolean balances() {
        return start - escaped - toNearPoor - movedOut + fromNearPoor + fellBack + newlyPoor + movedIn == end;
    }

    /** Seed 003's "thoát nghèo": to near-poor and above the near-poor line. */
    public long thoatNgheo() {
        return toNearPoor + escaped;
    }

    /** Seed 003's "phát sinh": newly poor and from near-poor. */
    public long phatSinh() {
        return newlyPoor + fromNearPoor;
    }

    /** Seed 003's "tái nghèo". */
    public long taiNgheo() {
        return fellBack;
    }

    /** Seed 003: net reduction = thoát nghèo − tái nghèo − phát sinh. */
    public long netReduction() {
        return thoatNgheo() - taiNgheo() - phatSinh();
    }

    public PoorFlow plus(PoorFlow o) {
        return new PoorFlow(
                start + o.start,
                escaped + o.escaped,
                toNearPoor + o.toNearPoor,
                fromNearPoor + o.fromNearPoor,
                fellBack + o.fellBack,
                newlyPoor + o.newlyPoor,
                movedIn + o.movedIn,
                movedOut + o.movedOut,
                end + o.end);
    }
}
