package vn.giamngheo.standard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A set of indicators as a bit mask, so the classifier counts and compares deprivations without
 * allocating. Iteration and {@link #codes()} follow the order of {@link Indicator}.
 */
public record IndicatorSet(int bits) {
    public static final IndicatorSet EMPTY = new IndicatorSet(0);
    private static final int ALL_BITS = (1 << Indicator.values().length) - 1;

    public IndicatorSet {
        if ((bits & ~ALL_BITS) != 0) {
            throw new IllegalArgumentException("no indicator has bit " + Integer.toBinaryString(bits & ~ALL_BITS));
        }
    }

    public static IndicatorSet of(Indicator... indicators) {
        int bits = 0;
        for (Indicator i : indicators) {
            bits |= i.bit();
        }
        return new IndicatorSet(bits);
    }

    public static IndicatorSet copyOf(Collection<Indicator> indicators) {
        int bits = 0;
        for (Indicator i : indicators) {
            bits |= i.bit();
        }
        return new IndicatorSet(bits);
    }

    public boolean contains(Indicator indicator) {
        return (bits & indicator.bit()) != 0;
    }

    public int count() {
        return Integer.bitCount(bits);
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    public IndicatorSet with(Indicator indicator) {
        return new IndicatorSet(bits | indicator.bit());
    }

    public IndicatorSet minus(IndicatorSet other) {
        return new IndicatorSet(bits & ~other.bits);
    }

    public boolean containsAll(IndicatorSet other) {
        return (other.bits & ~bits) == 0;
    }

    public Set<Indicator> asSet() {
        EnumSet<Indicator> set = EnumSet.noneOf(Indicator.class);
        for (int rest = bits; rest != 0; rest &= rest - 1) {
            set.add(Indicator.byOrdinal(Integer.numberOfTrailingZeros(rest)));
        }
        return set;
    }

    /** The indicator codes in canonical order, as the exchange format writes them. */
    public List<String> codes() {
        List<String> codes = new ArrayList<>(count());
        for (int rest = bits; rest != 0; rest &= rest - 1) {
            codes.add(Indicator.byOrdinal(Integer.numberOfTrailingZeros(rest)).name());
        }
        return codes;
    }

    @Override
    public String toString() {
        return String.join(", ", codes());
    }
}
