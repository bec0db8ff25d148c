package vn.giamngheo.generator;

import java.util.Arrays;
import java.util.function.Function;
import vn.giamngheo.generator.Codes.Ethnicity;
import vn.giamngheo.generator.Codes.Indicator;
import vn.giamngheo.generator.Household.DataMode;
import vn.giamngheo.standard.HouseholdInput.Cause;
import vn.giamngheo.standard.Member.Education;
import vn.giamngheo.standard.Member.Employment;
import vn.giamngheo.standard.Member.Relation;

/**
 * Writes a household as one line of the exchange format. Absent facts are left out, never written as
 * null; a line with ticks only carries members' identities but no member or dwelling facts.
 */
final class HouseholdJson {
    private static final byte[] REF = JsonLineWriter.key("ref");
    private static final byte[][] AREA = {
        JsonLineWriter.pair("area", JsonLineWriter.literal("RURAL")),
        JsonLineWriter.pair("area", JsonLineWriter.literal("URBAN"))
    };
    private static final byte[] INCOME = JsonLineWriter.key("incomePerCapita");
    private static final byte[] SCORE_A = JsonLineWriter.key("scoreA");
    private static final byte[][] LABOUR_CAPACITY =
            JsonLineWriter.booleanPairs(vn.giamngheo.standard.ExchangeFields.LABOUR_CAPACITY);
    private static final byte[] CAUSES = JsonLineWriter.key("causes");
    private static final byte[] DEPRIVATIONS = JsonLineWriter.key("deprivations");
    private static final byte[] MEMBERS = JsonLineWriter.key("members");
    private static final byte[] NAME = JsonLineWriter.key("name");
    private static final byte[] AGE = JsonLineWriter.key("age");
    private static final byte[][] SEX = {
        JsonLineWriter.pair("sex", JsonLineWriter.literal("F")), JsonLineWriter.pair("sex", JsonLineWriter.literal("M"))
    };
    private static final Cause[] CAUSE_CODES = Cause.values();
    private static final byte[][] CAUSE_JSON = Arrays.stream(CAUSE_CODES)
            .map(c -> JsonLineWriter.literal(c.name()))
            .toArray(byte[][]::new);
    private static final byte[][] RELATION =
            pairs("relation", Relation.values(), r -> JsonLineWriter.literal(r.name()));
    private static final byte[][] ETHNICITY = pairs("ethnicity", Ethnicity.values(), e -> e.json);
    private static final byte[][] EDUCATION =
            pairs("education", Education.values(), e -> JsonLineWriter.literal(e.name()));
    private static final byte[][] EMPLOYMENT =
            pairs("employment", Employment.values(), e -> JsonLineWriter.literal(e.name()));
    private static final byte[][] IN_SCHOOL = JsonLineWriter.booleanPairs("inSchool");
    private static final byte[][] HEALTH_INSURED = JsonLineWriter.booleanPairs("healthInsured");
    private static final byte[][] STUNTED = JsonLineWriter.booleanPairs("stunted");
    private static final byte[][] UNDERWEIGHT = JsonLineWriter.booleanPairs("underweight");
    private static final byte[][] DISABLED = JsonLineWriter.booleanPairs("disabled");
    private static final byte[][] SOCIAL_ALLOWANCE = JsonLineWriter.booleanPairs("socialAllowance");
    private static final byte[][] PERSON_OF_MERIT = JsonLineWriter.booleanPairs("personOfMerit");
    private static final byte[] DWELLING = JsonLineWriter.key("dwelling");
    private static final byte[] LIVING_AREA = JsonLineWriter.key("livingAreaM2");
    private static final byte[][] WALL = JsonLineWriter.booleanPairs("wallDurable");
    private static final byte[][] COLUMN = JsonLineWriter.booleanPairs("columnDurable");
    private static final byte[][] ROOF = JsonLineWriter.booleanPairs("roofDurable");
    private static final byte[][] CLEAN_WATER = JsonLineWriter.booleanPairs("cleanWater");
    private static final byte[][] LATRINE = JsonLineWriter.booleanPairs("hygienicLatrine");
    private static final byte[][] TELECOM = JsonLineWriter.booleanPairs("telecom");
    private static final byte[][] INFO_DEVICE = JsonLineWriter.booleanPairs("infoDevice");
    private static final byte[][] LOUDSPEAKER = JsonLineWriter.booleanPairs("loudspeakerAccess");
    private static final byte[][] WASTE = JsonLineWriter.booleanPairs("wasteCollected");

    /** Width of the household number in a ref: villages hold far fewer than 10,000 households. */
    static final int SEQ_WIDTH = 4;

    private HouseholdJson() {}

    private static <E> byte[][] pairs(String name, E[] values, Function<E, byte[]> json) {
        byte[][] out = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = JsonLineWriter.pair(name, json.apply(values[i]));
        }
        return out;
    }

    static void write(JsonLineWriter w, Household h) {
        w.beginObject();
        w.key(REF);
        w.openString();
        w.raw(h.villageCode);
        w.slash();
        w.padded(h.seq, SEQ_WIDTH);
        w.closeString();
        w.field(AREA[h.urban ? 1 : 0]);
        switch (h.incomeMode) {
            case INCOME -> {
                w.key(INCOME);
                w.value(h.income);
            }
            case SCORE -> {
                w.key(SCORE_A);
                w.tenths(h.scoreTenths);
            }
            case NONE -> {}
        }
        boolean facts = h.dataMode != DataMode.TICKS;
        w.field(LABOUR_CAPACITY, h.labourCapacity);
        if (h.causes != 0) {
            w.key(CAUSES);
            w.beginArray();
            for (Cause c : CAUSE_CODES) {
                if ((h.causes & (1 << c.ordinal())) != 0) {
                    w.value(CAUSE_JSON[c.ordinal()]);
                }
            }
            w.endArray();
        }
        if (h.dataMode != DataMode.FACTS) {
            w.key(DEPRIVATIONS);
            w.beginArray();
            for (Indicator i : Indicator.ALL) {
                if ((h.ticks & i.bit) != 0) {
                    w.value(i.json);
                }
            }
            w.endArray();
        }
        w.key(MEMBERS);
        w.beginArray();
        for (int i = 0; i < h.size; i++) {
            member(w, h, i, facts);
        }
        w.endArray();
        if (facts) {
            dwelling(w, h);
        }
        w.endObject();
        w.endLine();
    }

    private static void member(JsonLineWriter w, Household h, int i, boolean facts) {
        w.beginObject();
        w.key(NAME);
        NameBook.write(w, h.ethnicity[i].style, h.male[i], h.family[i], h.middle[i], h.given[i]);
        w.key(AGE);
        w.value(h.age[i]);
        w.field(SEX[h.male[i] ? 1 : 0]);
        w.field(RELATION[h.relation[i].ordinal()]);
        w.field(ETHNICITY[h.ethnicity[i].ordinal()]);
        if (facts) {
            if (h.education[i] != null) {
                w.field(EDUCATION[h.education[i].ordinal()]);
            }
            if (h.inSchool[i] != 0) {
                w.field(IN_SCHOOL, h.inSchool[i] == 2);
            }
            if (h.employment[i] != null) {
                w.field(EMPLOYMENT[h.employment[i].ordinal()]);
            }
            w.field(HEALTH_INSURED, h.healthInsured[i]);
            if (h.age[i] < 16) {
                w.field(STUNTED, h.stunted[i]);
                w.field(UNDERWEIGHT, h.underweight[i]);
            }
            w.field(DISABLED, h.disabled[i]);
            w.field(SOCIAL_ALLOWANCE, h.socialAllowance[i]);
            w.field(PERSON_OF_MERIT, h.personOfMerit[i]);
        }
        w.endObject();
    }

    private static void dwelling(JsonLineWriter w, Household h) {
        w.key(DWELLING);
        w.beginObject();
        w.key(LIVING_AREA);
        w.tenths(h.livingAreaTenths);
        w.field(WALL, h.wallDurable);
        w.field(COLUMN, h.columnDurable);
        w.field(ROOF, h.roofDurable);
        w.field(CLEAN_WATER, h.cleanWater);
        w.field(LATRINE, h.hygienicLatrine);
        w.field(TELECOM, h.telecom);
        w.field(INFO_DEVICE, h.infoDevice);
        w.field(LOUDSPEAKER, h.loudspeakerAccess);
        w.field(WASTE, h.wasteCollected);
        w.endObject();
    }
}
