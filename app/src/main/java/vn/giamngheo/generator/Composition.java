package vn.giamngheo.generator;

import java.util.SplittableRandom;
import vn.giamngheo.generator.Codes.Ethnicity;
import vn.giamngheo.standard.Member.Relation;

/**
 * Who lives in a household: size, relations, ages, sexes, ethnicity, names and the lasting facts
 * (disability, allowance, merit). Drawn from the household's persistent stream with ages as in
 * {@link #BASE_YEAR}, then aged to the review year, so that runs for successive years show the same
 * people one year older (members not yet born in an earlier year are left out).
 *
 * <p>Rules that keep generations apart: a CHILD is at least 19 years younger than the younger of
 * head and spouse, a GRANDCHILD at least 19 years younger than its parent, a PARENT at least 20
 * years older than the head.
 */
final class Composition {
    static final int BASE_YEAR = 2025;

    /** Sizes 1–10: about 3.6 members on average (census 2019: 3.5), larger in minority households. */
    private static final Draws.Table SIZE_WEIGHTS = new Draws.Table(10, 18, 21, 25, 14, 7, 3, 1.2, 0.5, 0.3);

    private SplittableRandom r;
    private Household h;
    private Places.District district;
    private double minorityShare;
    // per-member draws for the lasting facts, taken when the member is added so that the stream
    // is consumed the same way whatever the review year
    private final double[] disabledDraw = new double[Household.MAX_MEMBERS];
    private final double[] allowanceDraw = new double[Household.MAX_MEMBERS];
    private final double[] meritDraw = new double[Household.MAX_MEMBERS];

    /** Fills the members of {@code h} as they are in {@code year}. */
    void compose(SplittableRandom persistent, Household h, Places.Commune commune, int year) {
        this.r = persistent;
        this.h = h;
        this.district = commune.district();
        this.minorityShare = commune.minorityShare();
        run(year);
    }

    private void run(int year) {
        h.permanentLatent = Draws.normal(r);
        h.size = 0;
        Ethnicity headEthnicity = Draws.chance(r, minorityShare) ? minority() : Ethnicity.KINH;
        int size = SIZE_WEIGHTS.draw(r) + 1;
        if (headEthnicity != Ethnicity.KINH && Draws.chance(r, 0.3)) {
            size = Math.min(Household.MAX_MEMBERS, size + 1);
        }
        boolean headMale = Draws.chance(r, 0.74);
        int headAge = size == 1
                ? 25 + (int) (62 * Math.max(r.nextDouble(), r.nextDouble()))
                : 23 + (int) (57 * (r.nextDouble() + r.nextDouble()) / 2) + (Draws.chance(r, 0.06) ? 8 : 0);
        add(Relation.HEAD, headMale, headAge, headEthnicity, -1);
        int remaining = size - 1;

        int youngerParent = headAge;
        int line = 0; // whose family name the children carry: the father's
        if (remaining > 0 && Draws.chance(r, spouseChance(headMale, headAge))) {
            int spouseAge = clamp(headAge + (headMale ? -3 : 3) + (int) Math.round(2.5 * Draws.normal(r)), 21, 95);
            Ethnicity spouseEthnicity = mixed() ? other(headEthnicity) : headEthnicity;
            int spouse = add(Relation.SPOUSE, !headMale, spouseAge, spouseEthnicity, -1);
            youngerParent = Math.min(headAge, spouseAge);
            line = headMale ? 0 : spouse;
            remaining--;
        }
        if (remaining >= 2 && headAge <= 55 && Draws.chance(r, 0.2)) {
            boolean both = remaining >= 3 && Draws.chance(r, 0.35);
            boolean firstMale = both || Draws.chance(r, 0.35);
            // the head's father carries the head's family name; the mother has her own
            add(Relation.PARENT, firstMale, parentAge(headAge), headEthnicity, firstMale ? 0 : -1);
            remaining--;
            if (both) {
                add(Relation.PARENT, false, parentAge(headAge), headEthnicity, -1);
                remaining--;
            }
        }
        if (remaining >= 2 && headAge >= 52 && Draws.chance(r, 0.55)) {
            remaining = threeGenerations(remaining, youngerParent, line);
        }
        int firstChild = h.size;
        int maxChild = youngerParent - 19;
        int minChild = Math.max(0, youngerParent - 45);
        for (; remaining > 0; remaining--) {
            if (Draws.chance(r, 0.04)) {
                int age = Draws.between(r, Math.max(0, headAge - 25), headAge + 5);
                add(Relation.OTHER, Draws.chance(r, 0.5), age, headEthnicity, -1);
            } else {
                add(
                        Relation.CHILD,
                        Draws.chance(r, 0.51),
                        Draws.between(r, minChild, maxChild),
                        h.ethnicity[line],
                        line);
            }
        }
        sortByAgeDescending(firstChild);
        for (int i = 0; i < h.size; i++) {
            h.disabled[i] = disabledDraw[i] < (h.age[i] >= 60 ? 0.05 : 0.012);
        }
        ageTo(year);
        for (int i = 0; i < h.size; i++) {
            double u = allowanceDraw[i];
            // social pension from 80, allowance for most of the severely disabled, a few others
            h.socialAllowance[i] = (h.age[i] >= 80 && u < 0.85) || (h.disabled[i] && u < 0.6) || u < 0.003;
            h.personOfMerit[i] = meritDraw[i] < (h.age[i] >= 65 ? 0.04 : 0.002);
        }
        h.minorityHead = h.ethnicity[0] != Ethnicity.KINH;
        h.labourCapacity = false;
        for (int i = 0; i < h.size; i++) {
            if (h.age[i] >= 16 && h.age[i] <= 64 && !h.disabled[i]) {
                h.labourCapacity = true;
            }
        }
    }

    /** An adult child, often with a spouse, and grandchildren; returns the places still left. */
    private int threeGenerations(int remaining, int youngerParent, int line) {
        int adultAge = youngerParent - Draws.between(r, 20, 30);
        if (adultAge < 20) {
            return remaining;
        }
        boolean adultMale = Draws.chance(r, 0.6);
        int adult = add(Relation.CHILD, adultMale, adultAge, h.ethnicity[line], line);
        remaining--;
        // grandchildren carry their father's family name: the son's, or the son-in-law's if he lives here
        int father = adultMale ? adult : -1;
        int youngest = adultAge;
        if (remaining >= 2 && Draws.chance(r, 0.8)) {
            int inLawAge = clamp(adultAge + (adultMale ? -2 : 2) + (int) Math.round(2 * Draws.normal(r)), 20, 90);
            Ethnicity inLawEthnicity = mixed() ? other(h.ethnicity[adult]) : h.ethnicity[adult];
            int inLaw = add(Relation.OTHER, !adultMale, inLawAge, inLawEthnicity, -1);
            if (!adultMale) {
                father = inLaw;
            }
            youngest = Math.min(adultAge, inLawAge);
            remaining--;
        }
        int first = h.size;
        for (; remaining > 0; remaining--) {
            int age = Draws.between(r, Math.max(0, youngest - 40), youngest - 19);
            add(Relation.GRANDCHILD, Draws.chance(r, 0.51), age, h.ethnicity[father >= 0 ? father : adult], father);
        }
        sortByAgeDescending(first);
        return 0;
    }

    /** Adds a member with a fresh name; {@code familyOf} ≥ 0 shares that member's family name. */
    private int add(Relation relation, boolean male, int age, Ethnicity ethnicity, int familyOf) {
        int i = h.size++;
        h.relation[i] = relation;
        h.male[i] = male;
        h.age[i] = age;
        h.ethnicity[i] = ethnicity;
        NameBook.Style style = ethnicity.style;
        h.family[i] =
                familyOf >= 0 && h.ethnicity[familyOf].style == style ? h.family[familyOf] : NameBook.family(r, style);
        h.middle[i] = NameBook.middle(r, style, male);
        h.given[i] = NameBook.given(r, style, male);
        disabledDraw[i] = r.nextDouble();
        allowanceDraw[i] = r.nextDouble();
        meritDraw[i] = r.nextDouble();
        return i;
    }

    private void ageTo(int year) {
        int shift = year - BASE_YEAR;
        int kept = 0;
        for (int i = 0; i < h.size; i++) {
            int age = h.age[i] + shift;
            if (age < 0) {
                continue; // not yet born in that year
            }
            if (kept != i) {
                move(i, kept);
            }
            h.age[kept++] = age;
        }
        h.size = kept;
    }

    private void move(int from, int to) {
        h.relation[to] = h.relation[from];
        h.male[to] = h.male[from];
        h.ethnicity[to] = h.ethnicity[from];
        h.family[to] = h.family[from];
        h.middle[to] = h.middle[from];
        h.given[to] = h.given[from];
        h.disabled[to] = h.disabled[from];
        allowanceDraw[to] = allowanceDraw[from];
        meritDraw[to] = meritDraw[from];
    }

    private void sortByAgeDescending(int from) {
        for (int i = from + 1; i < h.size; i++) {
            for (int j = i; j > from && h.age[j] > h.age[j - 1]; j--) {
                swap(j, j - 1);
            }
        }
    }

    private void swap(int a, int b) {
        Relation rel = h.relation[a];
        h.relation[a] = h.relation[b];
        h.relation[b] = rel;
        boolean m = h.male[a];
        h.male[a] = h.male[b];
        h.male[b] = m;
        int t = h.age[a];
        h.age[a] = h.age[b];
        h.age[b] = t;
        Ethnicity e = h.ethnicity[a];
        h.ethnicity[a] = h.ethnicity[b];
        h.ethnicity[b] = e;
        t = h.family[a];
        h.family[a] = h.family[b];
        h.family[b] = t;
        t = h.middle[a];
        h.middle[a] = h.middle[b];
        h.middle[b] = t;
        t = h.given[a];
        h.given[a] = h.given[b];
        h.given[b] = t;
        swap(disabledDraw, a, b);
        swap(allowanceDraw, a, b);
        swap(meritDraw, a, b);
    }

    private static void swap(double[] values, int a, int b) {
        double v = values[a];
        values[a] = values[b];
        values[b] = v;
    }

    private static double spouseChance(boolean headMale, int headAge) {
        if (headMale) {
            return headAge < 75 ? 0.9 : 0.65;
        }
        return headAge < 75 ? 0.45 : 0.25; // women head households mostly when widowed or alone
    }

    private int parentAge(int headAge) {
        return Math.min(94, headAge + Draws.between(r, 20, 34));
    }

    private Ethnicity minority() {
        String[] names = district.minorities();
        return Ethnicity.of(names[Draws.weighted(r, district.minorityWeights())]);
    }

    /** Marriages across groups happen only where both groups live. */
    private boolean mixed() {
        return minorityShare > 0.02 && minorityShare < 0.98 && Draws.chance(r, 0.1);
    }

    private Ethnicity other(Ethnicity e) {
        return e == Ethnicity.KINH ? minority() : Ethnicity.KINH;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
