package vn.giamngheo.generator;

import vn.giamngheo.generator.Codes.Category;
import vn.giamngheo.generator.Codes.Ethnicity;
import vn.giamngheo.standard.Member.Education;
import vn.giamngheo.standard.Member.Employment;
import vn.giamngheo.standard.Member.Relation;

/**
 * One household being generated. Deliberately a mutable scratch object with parallel arrays, reused
 * for every line: at hundreds of thousands of households a second, one allocation per member would
 * dominate the run. Nothing outside the generator sees it.
 */
final class Household {
    static final int MAX_MEMBERS = 10;

    /** How the review data arrives: facts only, facts plus the reviewer's ticks, or ticks only. */
    enum DataMode {
        FACTS,
        FACTS_AND_TICKS,
        TICKS
    }

    /** Income measured, proxy score A instead, or neither (the classifier must say UNDETERMINED). */
    enum IncomeMode {
        INCOME,
        SCORE,
        NONE
    }

    // where
    Places.Commune commune;
    byte[] villageCode;
    int seq;
    boolean urban;

    // members; the head is always index 0
    int size;
    final Relation[] relation = new Relation[MAX_MEMBERS];
    final boolean[] male = new boolean[MAX_MEMBERS];
    final int[] age = new int[MAX_MEMBERS];
    final Ethnicity[] ethnicity = new Ethnicity[MAX_MEMBERS];
    final int[] family = new int[MAX_MEMBERS];
    final int[] middle = new int[MAX_MEMBERS];
    final int[] given = new int[MAX_MEMBERS];
    final boolean[] disabled = new boolean[MAX_MEMBERS];
    final boolean[] socialAllowance = new boolean[MAX_MEMBERS];
    final boolean[] personOfMerit = new boolean[MAX_MEMBERS];
    final boolean[] healthInsured = new boolean[MAX_MEMBERS];
    final boolean[] stunted = new boolean[MAX_MEMBERS];
    final boolean[] underweight = new boolean[MAX_MEMBERS];
    /** null = not recorded (too young). */
    final Education[] education = new Education[MAX_MEMBERS];
    /** 0 = not recorded, 1 = no, 2 = yes (only for ages 3–24). */
    final byte[] inSchool = new byte[MAX_MEMBERS];
    /** null = not recorded (under 15). */
    final Employment[] employment = new Employment[MAX_MEMBERS];

    // the household's position and what the review will find
    double permanentLatent;
    boolean minorityHead;
    boolean labourCapacity;
    Category category;
    /** Indicators deprived according to the facts (bit set of {@link Codes.Indicator}). */
    int deprived;
    /** Indicators the reviewer ticked, when {@link DataMode} has ticks. */
    int ticks;

    DataMode dataMode;
    IncomeMode incomeMode;
    long income;
    long scoreTenths;
    int causes;

    // dwelling
    long livingAreaTenths;
    boolean wallDurable;
    boolean columnDurable;
    boolean roofDurable;
    boolean cleanWater;
    boolean hygienicLatrine;
    boolean telecom;
    boolean infoDevice;
    boolean loudspeakerAccess;
    boolean wasteCollected;

    /** Members under 16, old people (60+), the severely disabled and allowance receivers, per §4. */
    boolean dependantsMajority() {
        int dependants = 0;
        for (int i = 0; i < size; i++) {
            if (age[i] < 16 || age[i] >= 60 || disabled[i] || socialAllowance[i]) {
                dependants++;
            }
        }
        return 2 * dependants > size;
    }

    boolean any(int from, int to) {
        for (int i = 0; i < size; i++) {
            if (age[i] >= from && age[i] <= to) {
                return true;
            }
        }
        return false;
    }
}
