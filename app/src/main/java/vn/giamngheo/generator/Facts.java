package vn.giamngheo.generator;

import static vn.giamngheo.generator.Codes.Indicator.ADULT_EDUCATION;
import static vn.giamngheo.generator.Codes.Indicator.CHILD_SCHOOLING;
import static vn.giamngheo.generator.Codes.Indicator.DEPENDANTS;
import static vn.giamngheo.generator.Codes.Indicator.EMPLOYMENT;
import static vn.giamngheo.generator.Codes.Indicator.HEALTH_INSURANCE;
import static vn.giamngheo.generator.Codes.Indicator.HOUSING_AREA;
import static vn.giamngheo.generator.Codes.Indicator.HOUSING_QUALITY;
import static vn.giamngheo.generator.Codes.Indicator.INFO_ACCESS;
import static vn.giamngheo.generator.Codes.Indicator.NUTRITION;
import static vn.giamngheo.generator.Codes.Indicator.SANITATION;
import static vn.giamngheo.generator.Codes.Indicator.TELECOM;
import static vn.giamngheo.generator.Codes.Indicator.WATER;

import java.util.SplittableRandom;
import vn.giamngheo.generator.Codes.Category;
import vn.giamngheo.generator.Codes.Indicator;
import vn.giamngheo.standard.Member.Education;
import vn.giamngheo.standard.Member.Employment;

/**
 * What the year's review finds in a household. The deprived indicators are chosen first — their
 * number set by the household's class (poor: 3–7; near-poor: 0–2; above the line: mostly 0–1, more
 * just above it) — and then the member and dwelling facts are made to show exactly those, with every
 * other fact clearly on the safe side of its rule (see docs/domain/poverty-standards.md §4). DEPENDANTS is not
 * chosen: it follows from who lives there.
 */
final class Facts {
    /** How often each indicator is among a deprived household's, by {@link Indicator} ordinal. */
    private static final double[] BASE_WEIGHTS = {1.0, 0, 0.6, 0.7, 0.8, 0.35, 0.8, 0.7, 0.6, 1.0, 0.3, 0.3};

    private static final Draws.Table POOR_COUNT = new Draws.Table(40, 30, 18, 8, 4); // 3..7
    private static final Draws.Table NEAR_COUNT = new Draws.Table(25, 40, 35); // 0..2
    private static final Draws.Table JUST_ABOVE_COUNT = new Draws.Table(40, 30, 18, 9, 3); // 0..4
    private static final Draws.Table ABOVE_COUNT = new Draws.Table(55, 27, 12, 5, 1);
    private static final Draws.Table WELL_ABOVE_COUNT = new Draws.Table(72, 20, 6, 1.5, 0.5);

    private static final Education[] EDUCATION = Education.values();
    private static final Draws.Table YOUNG_ADULT_EDUCATION = new Draws.Table(0, 0, 0, 55, 25, 20);
    private static final Draws.Table YOUNG_ADULT_EDUCATION_MINORITY = new Draws.Table(0, 0, 0, 70, 20, 10);
    private static final Draws.Table OLD_EDUCATION = new Draws.Table(10, 40, 35, 11, 2, 2);
    private static final Draws.Table OLD_EDUCATION_MINORITY = new Draws.Table(35, 45, 15, 4, 1, 0);
    private static final Draws.Table ADULT_EDUCATION_LEVELS = new Draws.Table(3, 15, 40, 25, 9, 8);
    private static final Draws.Table ADULT_EDUCATION_LEVELS_MINORITY = new Draws.Table(12, 35, 35, 12, 4, 2);

    private final double[] weights = new double[Indicator.ALL.length];
    private SplittableRandom r;
    private Household h;

    /** Chooses the deprived indicators for the household's category and sets the facts to match. */
    void fill(SplittableRandom yearly, Household household, double distanceAboveLine) {
        this.r = yearly;
        this.h = household;
        h.deprived = h.dependantsMajority() ? DEPENDANTS.bit : 0;
        int target = switch (h.category) {
            case POOR -> 3 + POOR_COUNT.draw(r);
            case NEAR_POOR -> NEAR_COUNT.draw(r);
            case ABOVE_LINE ->
                (distanceAboveLine < 0.5 ? JUST_ABOVE_COUNT : distanceAboveLine < 1.5 ? ABOVE_COUNT : WELL_ABOVE_COUNT)
                        .draw(r);
        };
        chooseIndicators(target);
        education();
        employment();
        health();
        dwelling();
    }

    private void chooseIndicators(int target) {
        for (Indicator i : Indicator.ALL) {
            weights[i.ordinal()] = feasible(i) ? BASE_WEIGHTS[i.ordinal()] : 0;
        }
        if (h.minorityHead) {
            weights[WATER.ordinal()] *= 1.8;
            weights[SANITATION.ordinal()] *= 1.5;
            weights[HOUSING_QUALITY.ordinal()] *= 1.5;
            weights[NUTRITION.ordinal()] *= 1.6;
            weights[ADULT_EDUCATION.ordinal()] *= 1.3;
        }
        if (h.urban) {
            weights[WATER.ordinal()] *= 0.4;
            weights[SANITATION.ordinal()] *= 0.5;
            weights[HOUSING_AREA.ordinal()] *= 1.5;
        }
        for (int count = Integer.bitCount(h.deprived); count < target; count++) {
            int pick = Draws.weighted(r, weights);
            if (weights[pick] == 0) {
                break; // nothing feasible is left
            }
            h.deprived |= Indicator.ALL[pick].bit;
            weights[pick] = 0;
        }
    }

    private boolean feasible(Indicator indicator) {
        return switch (indicator) {
            case EMPLOYMENT -> firstEligibleWorker() >= 0;
            case DEPENDANTS -> false;
            case NUTRITION -> h.any(0, 15);
            case ADULT_EDUCATION -> h.any(16, 30);
            case CHILD_SCHOOLING -> h.any(3, 15);
            default -> true;
        };
    }

    boolean is(Indicator i) {
        return (h.deprived & i.bit) != 0;
    }

    private void education() {
        for (int i = 0; i < h.size; i++) {
            int a = h.age[i];
            boolean minority = h.ethnicity[i] != Codes.Ethnicity.KINH;
            h.inSchool[i] = 0;
            h.education[i] = null;
            if (a < 3) {
                continue;
            }
            if (a < 6) {
                h.inSchool[i] = 2; // kindergarten
            } else if (a <= 15) {
                h.inSchool[i] = 2;
                h.education[i] = a <= 10 ? Education.NONE : a <= 14 ? Education.PRIMARY : Education.LOWER_SECONDARY;
            } else if (a <= 17) {
                h.inSchool[i] = (byte) (Draws.chance(r, minority ? 0.6 : 0.85) ? 2 : 1);
                h.education[i] = Education.LOWER_SECONDARY;
            } else if (a <= 30) {
                double studying = a <= 22 ? 0.3 : a <= 24 ? 0.08 : 0;
                if (Draws.chance(r, minority ? studying / 2 : studying)) {
                    h.inSchool[i] = 2;
                    h.education[i] = Education.UPPER_SECONDARY;
                } else {
                    h.inSchool[i] = (byte) (a <= 24 ? 1 : 0);
                    h.education[i] = pick(minority ? YOUNG_ADULT_EDUCATION_MINORITY : YOUNG_ADULT_EDUCATION);
                }
            } else {
                h.education[i] = pick(adultEducation(a, minority));
            }
        }
        if (is(ADULT_EDUCATION)) {
            int first = -1;
            for (int i = 0; i < h.size; i++) {
                if (h.age[i] >= 16 && h.age[i] <= 30 && (first < 0 || Draws.chance(r, 0.4))) {
                    first = first < 0 ? i : first;
                    h.inSchool[i] = 1;
                    h.education[i] = h.age[i] <= 17
                            ? (Draws.chance(r, 0.2) ? Education.NONE : Education.PRIMARY)
                            : (Draws.chance(r, 0.35) ? Education.PRIMARY : Education.LOWER_SECONDARY);
                }
            }
        }
        if (is(CHILD_SCHOOLING)) {
            boolean done = false;
            for (int i = 0; i < h.size; i++) {
                int a = h.age[i];
                if (a >= 3 && a <= 15 && (!done || Draws.chance(r, 0.3))) {
                    done = true;
                    h.inSchool[i] = 1;
                    if (a >= 6) {
                        h.education[i] = a >= 11 && Draws.chance(r, 0.7) ? Education.PRIMARY : Education.NONE;
                    }
                }
            }
        }
    }

    private static Draws.Table adultEducation(int age, boolean minority) {
        if (age >= 60) {
            return minority ? OLD_EDUCATION_MINORITY : OLD_EDUCATION;
        }
        return minority ? ADULT_EDUCATION_LEVELS_MINORITY : ADULT_EDUCATION_LEVELS;
    }

    private void employment() {
        for (int i = 0; i < h.size; i++) {
            int a = h.age[i];
            if (a < 15) {
                h.employment[i] = null;
            } else if (h.inSchool[i] == 2 || h.disabled[i]) {
                h.employment[i] = Employment.NOT_IN_LABOUR_FORCE;
            } else if (a >= 60) {
                h.employment[i] = Draws.chance(r, h.urban ? 0.15 : 0.4)
                        ? Employment.SELF_EMPLOYED
                        : Employment.NOT_IN_LABOUR_FORCE;
            } else if (a <= 17) {
                h.employment[i] = Draws.chance(r, 0.7) ? Employment.SELF_EMPLOYED : Employment.NOT_IN_LABOUR_FORCE;
            } else {
                double contract = h.urban ? 0.5 : 0.22;
                double u = r.nextDouble();
                h.employment[i] = u < contract
                        ? Employment.WAGE_WITH_CONTRACT
                        : u < 0.9 ? Employment.SELF_EMPLOYED : Employment.NOT_IN_LABOUR_FORCE;
            }
        }
        if (is(EMPLOYMENT)) {
            int first = firstEligibleWorker();
            for (int i = first; i < h.size; i++) {
                if (eligibleWorker(i) && (i == first || Draws.chance(r, 0.3))) {
                    h.employment[i] = Draws.chance(r, 0.65) ? Employment.WAGE_NO_CONTRACT : Employment.UNEMPLOYED;
                }
            }
        }
    }

    /** Deprivation in employment is placed on a member of unquestionable working age. */
    private boolean eligibleWorker(int i) {
        return h.age[i] >= 25 && h.age[i] <= 54 && !h.disabled[i];
    }

    private int firstEligibleWorker() {
        for (int i = 0; i < h.size; i++) {
            if (eligibleWorker(i)) {
                return i;
            }
        }
        return -1;
    }

    private void health() {
        boolean uninsuredChosen = false;
        int nutritionChild = is(NUTRITION) ? nutritionChild() : -1;
        for (int i = 0; i < h.size; i++) {
            h.healthInsured[i] = true;
            if (is(HEALTH_INSURANCE) && h.age[i] >= 6 && (!uninsuredChosen || Draws.chance(r, 0.5))) {
                h.healthInsured[i] = false;
                uninsuredChosen = true;
            }
            h.stunted[i] = false;
            h.underweight[i] = false;
            if (i == nutritionChild) {
                h.stunted[i] = Draws.chance(r, 0.65);
                h.underweight[i] = !h.stunted[i] || Draws.chance(r, 0.4);
            }
        }
    }

    /** The child found malnourished: the youngest under 5 if any, else the youngest under 16. */
    private int nutritionChild() {
        int youngest = -1;
        for (int i = 0; i < h.size; i++) {
            if (h.age[i] < 16 && (youngest < 0 || h.age[i] < h.age[youngest])) {
                youngest = i;
            }
        }
        return youngest;
    }

    private void dwelling() {
        int n = h.size;
        long area;
        if (is(HOUSING_AREA)) {
            area = n * (long) Draws.between(r, 40, 79); // under 8 m² a person, in tenths
        } else {
            double perPerson = (h.urban ? 18 : 22) * StrictMath.exp(0.45 * Draws.normal(r));
            area = Math.max(80L * n, Math.round(n * perPerson * 10));
        }
        h.livingAreaTenths = area / 5 * 5; // surveyors round to half a square metre
        if (!is(HOUSING_AREA) && h.livingAreaTenths < 80L * n) {
            h.livingAreaTenths = 80L * n;
        }
        int nonDurable = is(HOUSING_QUALITY) ? (Draws.chance(r, 0.6) ? 2 : 3) : (Draws.chance(r, 0.15) ? 1 : 0);
        int spared = nonDurable == 2 ? r.nextInt(3) : -1; // the one durable part when two are not
        int lone = nonDurable == 1 ? r.nextInt(3) : -1; // the one non-durable part when only one is
        h.wallDurable = durable(0, nonDurable, spared, lone);
        h.columnDurable = durable(1, nonDurable, spared, lone);
        h.roofDurable = durable(2, nonDurable, spared, lone);
        h.cleanWater = !is(WATER);
        h.hygienicLatrine = !is(SANITATION);
        h.telecom = !is(TELECOM);
        if (is(INFO_ACCESS)) {
            h.infoDevice = false;
            h.loudspeakerAccess = false;
        } else {
            h.infoDevice = Draws.chance(r, 0.93);
            h.loudspeakerAccess = !h.infoDevice || Draws.chance(r, 0.75);
        }
        double collected = h.urban
                ? 0.95
                : h.category == Category.ABOVE_LINE ? 0.7 : h.category == Category.NEAR_POOR ? 0.5 : 0.35;
        h.wasteCollected = Draws.chance(r, collected);
    }

    private static boolean durable(int part, int nonDurable, int spared, int lone) {
        return switch (nonDurable) {
            case 0 -> true;
            case 1 -> part != lone;
            case 2 -> part == spared;
            default -> false;
        };
    }

    private Education pick(Draws.Table table) {
        return EDUCATION[table.draw(r)];
    }
}
