package vn.giamngheo.generator;

import java.util.SplittableRandom;
import vn.giamngheo.generator.Codes.Category;
import vn.giamngheo.generator.Household.DataMode;
import vn.giamngheo.generator.Household.IncomeMode;
import vn.giamngheo.standard.HouseholdInput.Cause;

/**
 * Makes one household at a time. Each household has two random streams keyed by its place (commune,
 * village, number), never by its position in the file: a persistent one for who lives there and a
 * yearly one for what the review finds. A household's standing is a latent score
 * {@code s = 0.8·z_persistent + 0.6·z_year − shifts} (standard normal before the shifts, which lower
 * it for minority-headed households and those without labour capacity); it is poor when
 * {@code s} falls below the commune's poor cut and near-poor below its near-poor cut, the cuts being
 * placed so that the commune's aimed rates come out. Successive years are thus correlated (0.64) and
 * show escapes and relapses.
 */
final class HouseholdGenerator {
    /** NĐ 07/2021 Art. 3 income lines, VND per person per month. */
    static final long RURAL_LINE = 1_500_000;

    static final long URBAN_LINE = 2_000_000;

    private static final double MINORITY_SHIFT = 0.5;
    private static final double NO_LABOUR_SHIFT = 0.9;
    /** Share of households without labour capacity (measured from {@link Composition}), for the cuts. */
    private static final double NO_LABOUR_SHARE = 0.066;
    /** Poverty falls by a tenth a year around the 2025 review the rates are aimed at. */
    private static final double YEARLY_DECLINE = 0.9;

    /** LAND, CAPITAL, LABOUR, TOOLS, KNOWLEDGE, SKILLS, ILLNESS, OTHER; LABOUR and ILLNESS follow facts. */
    private static final double[] CAUSE_WEIGHTS = {0.12, 0.35, 0, 0.08, 0.2, 0.2, 0, 0.05};
    /** One, two or three causes. */
    private static final Draws.Table CAUSE_COUNT = new Draws.Table(45, 40, 15);

    private final long seed;
    private final int year;
    private final Composition composition = new Composition();
    private final Facts facts = new Facts();
    private static final Cause[] CAUSES = Cause.values();
    private final double[] causeWeights = new double[CAUSES.length];
    private Places.Commune commune;
    private long communeKey;
    private double poorCut;
    private double nearCut;

    HouseholdGenerator(long seed, int year) {
        this.seed = seed;
        this.year = year;
    }

    /** Prepares for the households of one commune: places its cuts for the review year. */
    void enter(Places.Commune c) {
        this.commune = c;
        this.communeKey = Draws.mix(seed, fnv(c.code()));
        double factor = StrictMath.pow(YEARLY_DECLINE, year - Composition.BASE_YEAR);
        double poor = Math.min(0.6, c.poorRate() * factor);
        double near = Math.min(0.9 - poor, c.nearRate() * factor);
        this.poorCut = cut(poor, c.minorityShare());
        this.nearCut = cut(poor + near, c.minorityShare());
    }

    /** Fills {@code h} with household {@code seq} (1-based) of village {@code villageNo}. */
    void generate(Household h, int villageNo, byte[] villageCode, int seq) {
        h.commune = commune;
        h.villageCode = villageCode;
        h.seq = seq;
        h.urban = commune.urbanVillage(villageNo);
        long key = Draws.mix(communeKey, villageNo * 1_000_000L + seq);
        composition.compose(new SplittableRandom(key), h, commune, year);
        SplittableRandom r = new SplittableRandom(Draws.mix(key, 0x7EA2_0000L + year));
        double s = 0.8 * h.permanentLatent
                + 0.6 * Draws.normal(r)
                - (h.minorityHead ? MINORITY_SHIFT : 0)
                - (h.labourCapacity ? 0 : NO_LABOUR_SHIFT);
        h.category = s < poorCut ? Category.POOR : s < nearCut ? Category.NEAR_POOR : Category.ABOVE_LINE;
        double u = r.nextDouble();
        h.dataMode = u < 0.90 ? DataMode.FACTS : u < 0.95 ? DataMode.FACTS_AND_TICKS : DataMode.TICKS;
        u = r.nextDouble();
        h.incomeMode = u < 0.895 ? IncomeMode.INCOME : u < 0.995 ? IncomeMode.SCORE : IncomeMode.NONE;
        facts.fill(r, h, s - nearCut);
        income(r, h, s);
        causes(r, h);
        ticks(r, h);
    }

    private void income(SplittableRandom r, Household h, double s) {
        long line = h.urban ? URBAN_LINE : RURAL_LINE;
        long y;
        if (h.category == Category.ABOVE_LINE) {
            double ratio = 1 + (StrictMath.exp(0.42 * (s - nearCut)) - 1) * StrictMath.exp(0.3 * Draws.normal(r));
            // at least 2,000 above the line so that score A, rounded down, is still above its cut
            y = Math.max(line + 2_000, Math.round(ratio * line / 1000.0) * 1000);
        } else if (Draws.chance(r, 0.005)) {
            y = line; // exactly on the line: the rule is "≤ line"
        } else {
            double f = h.category == Category.POOR
                    ? Math.max(0.22, 1 - 0.3 * (poorCut - s) - 0.25 * r.nextDouble())
                    : 0.62 + 0.38 * (s - poorCut) / (nearCut - poorCut) - 0.08 * r.nextDouble();
            y = (long) (Math.min(1.0, f) * line) / 1000 * 1000;
        }
        h.income = y;
        // Score A per TT 07/2021: ≤ 140 (rural) / ≤ 175 (urban) stands for income ≤ line; here a
        // proportional stand-in, kept in tenths and rounded down so that the two always agree.
        long scale = h.urban ? 1750 : 1400;
        h.scoreTenths = Math.min(3500, y * scale / line);
    }

    private void causes(SplittableRandom r, Household h) {
        h.causes = 0;
        if (h.category == Category.ABOVE_LINE) {
            return;
        }
        if (!h.labourCapacity) {
            h.causes |= 1 << Cause.LABOUR.ordinal();
        }
        boolean ill = false;
        boolean old = false;
        for (int i = 0; i < h.size; i++) {
            ill |= h.disabled[i];
            old |= h.age[i] >= 60;
        }
        if (ill || (old && Draws.chance(r, 0.25))) {
            h.causes |= 1 << Cause.ILLNESS.ordinal();
        }
        System.arraycopy(CAUSE_WEIGHTS, 0, causeWeights, 0, causeWeights.length);
        if (h.minorityHead) {
            causeWeights[Cause.LAND.ordinal()] = 0.25;
        }
        int target = 1 + CAUSE_COUNT.draw(r);
        for (int count = Integer.bitCount(h.causes); count < target; count++) {
            int pick = Draws.weighted(r, causeWeights);
            h.causes |= 1 << CAUSES[pick].ordinal();
            causeWeights[pick] = 0;
        }
    }

    /**
     * The reviewer's ticks equal the chosen indicators; in a fifth of the lines that have both ticks
     * and facts, one dwelling fact disagrees with its tick (the ticks decide, the disagreement is a
     * warning), so that path is exercised too.
     */
    private void ticks(SplittableRandom r, Household h) {
        h.ticks = h.dataMode == DataMode.FACTS ? 0 : h.deprived;
        if (h.dataMode != DataMode.FACTS_AND_TICKS || !Draws.chance(r, 0.2)) {
            return;
        }
        switch (r.nextInt(3)) {
            case 0 -> h.cleanWater = !h.cleanWater;
            case 1 -> h.hygienicLatrine = !h.hygienicLatrine;
            default -> h.telecom = !h.telecom;
        }
    }

    /** The cut below which a share {@code p} of the commune's households falls, given the shifts. */
    private static double cut(double p, double minorityShare) {
        double lo = -10;
        double hi = 10;
        for (int i = 0; i < 80; i++) {
            double mid = (lo + hi) / 2;
            if (share(mid, minorityShare) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double share(double cut, double m) {
        double w = NO_LABOUR_SHARE;
        return (1 - m) * (1 - w) * Draws.phi(cut)
                + m * (1 - w) * Draws.phi(cut + MINORITY_SHIFT)
                + (1 - m) * w * Draws.phi(cut + NO_LABOUR_SHIFT)
                + m * w * Draws.phi(cut + MINORITY_SHIFT + NO_LABOUR_SHIFT);
    }

    /** 64-bit FNV-1a over the characters: a stable key for a place code. */
    private static long fnv(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
