package vn.giamngheo.standard.jsonl;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import vn.giamngheo.standard.Area;
import vn.giamngheo.standard.Dwelling;
import vn.giamngheo.standard.HouseholdClass;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Indicator;
import vn.giamngheo.standard.IndicatorSet;
import vn.giamngheo.standard.Member;

/**
 * Reads one household line of the exchange format, strictly (household-format.md): an unknown
 * field, a wrong type, an unknown code or a duplicate field is an error naming the field, and
 * {@code ref} and {@code area} are required. A JSON {@code null} counts as "not given" for the
 * optional fields. After a field error the rest of the line is still read, so the error line can
 * carry the {@code ref} even when it comes later. Jackson's streaming parser, no object mapping:
 * this runs for every line of files with millions of them.
 */
public final class HouseholdLineParser {
    // Duplicate fields are detected here with a bit per known field: Jackson's own detection
    // (a hash set per object) cost a quarter of the parsing time.
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final PropertyNameMatcher HOUSEHOLD = matcher(
            "ref",
            "area",
            "incomePerCapita",
            "scoreA",
            "deprivations",
            "members",
            "dwelling",
            "laborCapacity",
            "causes",
            "recognizedClass");
    private static final PropertyNameMatcher MEMBER = matcher(
            "name",
            "age",
            "sex",
            "relation",
            "ethnicity",
            "healthInsured",
            "stunted",
            "underweight",
            "education",
            "inSchool",
            "employment",
            "disabled",
            "socialAllowance",
            "personOfMerit");
    private static final PropertyNameMatcher DWELLING = matcher(
            "livingAreaM2",
            "wallDurable",
            "columnDurable",
            "roofDurable",
            "cleanWater",
            "hygienicLatrine",
            "telecom",
            "infoDevice",
            "loudspeakerAccess",
            "wasteCollected");
    private static final Area[] AREAS = Area.values();
    private static final Member.Sex[] SEXES = Member.Sex.values();
    private static final Member.Relation[] RELATIONS = Member.Relation.values();
    private static final Member.Education[] EDUCATIONS = Member.Education.values();
    private static final Member.Employment[] EMPLOYMENTS = Member.Employment.values();
    private static final HouseholdInput.Cause[] CAUSES = HouseholdInput.Cause.values();
    private static final HouseholdClass[] RECOGNIZED = {HouseholdClass.POOR, HouseholdClass.NEAR_POOR};
    private static final int MAX_AGE = 150;

    /** Field names matched in Jackson's buffer by index: no String per field name, no hashing of it. */
    private static PropertyNameMatcher matcher(String... names) {
        List<Named> named = new ArrayList<>(names.length);
        for (String name : names) {
            named.add(Named.fromString(name));
        }
        return JSON.constructNameMatcher(named, true);
    }

    /** Reads a household from a JSON text (one line, or one pretty-printed object). */
    public HouseholdInput parse(String json) {
        return read(JSON.createParser(ObjectReadContext.empty(), json));
    }

    /** Reads a household from UTF-8 bytes, as the command line hands over each line. */
    public HouseholdInput parse(byte[] utf8, int offset, int length) {
        return read(JSON.createParser(ObjectReadContext.empty(), utf8, offset, length));
    }

    private static HouseholdInput read(JsonParser parser) {
        Reading reading = new Reading(parser);
        try (parser) {
            return reading.household();
        } catch (JacksonException e) {
            throw new LineProblem(reading.ref, null, "not valid JSON: " + describe(e));
        }
    }

    private static String describe(JacksonException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        // Jackson's first line is the message; what follows (and its "start marker at [Source: …]")
        // describes its own buffers, not the line.
        for (String cut : new String[] {"\n", " (start marker at"}) {
            int at = message.indexOf(cut);
            if (at > 0) {
                message = message.substring(0, at);
            }
        }
        TokenStreamLocation at = e.getLocation();
        return at == null || at.getColumnNr() < 0 ? message : message + " (column " + at.getColumnNr() + ")";
    }

    /** The state of reading one line: the ref once seen, the first field error, where we are. */
    private static final class Reading {
        private final JsonParser p;
        private String ref;
        private String errorField;
        private String errorReason;
        private String section;
        private int index = -1;

        Reading(JsonParser p) {
            this.p = p;
        }

        HouseholdInput household() {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new LineProblem(null, null, "a line must hold one JSON object");
            }
            Area area = null;
            Long income = null;
            Double score = null;
            IndicatorSet ticks = null;
            List<Member> members = null;
            Dwelling dwelling = null;
            Boolean laborCapacity = null;
            List<HouseholdInput.Cause> causes = null;
            HouseholdClass recognized = null;
            int seen = 0;
            int slot;
            while ((slot = p.nextNameMatch(HOUSEHOLD)) != PropertyNameMatcher.MATCH_END_OBJECT) {
                if (slot == PropertyNameMatcher.MATCH_ODD_TOKEN) {
                    throw new LineProblem(ref, null, "not valid JSON: a field name was expected");
                }
                String name = slot >= 0 ? HOUSEHOLD.nameLookup()[slot] : p.currentName();
                JsonToken t = p.nextToken();
                if (slot < 0) {
                    unknownField(name);
                    continue;
                }
                if ((seen & (1 << slot)) != 0) {
                    wrongType(name, "is given twice");
                    continue;
                }
                seen |= 1 << slot;
                switch (slot) {
                    case 0 -> ref = string(name, t);
                    case 1 -> area = enumValue(AREAS, name, t);
                    case 2 -> income = wholeNumber(name, t, 0, Long.MAX_VALUE);
                    case 3 -> score = number(name, t);
                    case 4 -> ticks = indicators(name, t);
                    case 5 -> members = members(name, t);
                    case 6 -> dwelling = dwelling(name, t);
                    case 7 -> laborCapacity = bool(name, t);
                    case 8 -> causes = causes(name, t);
                    case 9 -> recognized = recognizedClass(name, t);
                    default -> throw new IllegalStateException(name);
                }
            }
            if (p.nextToken() != null) {
                throw new LineProblem(ref, null, "more after the household object: one object per line");
            }
            if (errorField != null) {
                throw new LineProblem(ref, errorField, errorReason);
            }
            if (ref == null) {
                throw new LineProblem(null, "ref", "is required");
            }
            if (area == null) {
                throw new LineProblem(ref, "area", "is required (RURAL or URBAN)");
            }
            return new HouseholdInput(
                    ref, area, income, score, ticks, members, dwelling, laborCapacity, causes, recognized);
        }

        private Member member(JsonToken t) {
            if (t != JsonToken.START_OBJECT) {
                fail(null, "must be an object");
                p.skipChildren();
                return null;
            }
            String memberName = null;
            Integer age = null;
            Member.Sex sex = null;
            Member.Relation relation = null;
            String ethnicity = null;
            Boolean insured = null;
            Boolean stunted = null;
            Boolean underweight = null;
            Member.Education education = null;
            Boolean inSchool = null;
            Member.Employment employment = null;
            Boolean disabled = null;
            Boolean allowance = null;
            Boolean merit = null;
            int seen = 0;
            int slot;
            while ((slot = p.nextNameMatch(MEMBER)) != PropertyNameMatcher.MATCH_END_OBJECT) {
                if (slot == PropertyNameMatcher.MATCH_ODD_TOKEN) {
                    throw new LineProblem(ref, null, "not valid JSON: a field name was expected");
                }
                String name = slot >= 0 ? MEMBER.nameLookup()[slot] : p.currentName();
                JsonToken v = p.nextToken();
                if (slot < 0) {
                    unknownField(name);
                    continue;
                }
                if ((seen & (1 << slot)) != 0) {
                    wrongType(name, "is given twice");
                    continue;
                }
                seen |= 1 << slot;
                switch (slot) {
                    case 0 -> memberName = string(name, v);
                    case 1 -> {
                        Long years = wholeNumber(name, v, 0, MAX_AGE);
                        age = years == null ? null : Integer.valueOf(years.intValue());
                    }
                    case 2 -> sex = enumValue(SEXES, name, v);
                    case 3 -> relation = enumValue(RELATIONS, name, v);
                    case 4 -> ethnicity = string(name, v);
                    case 5 -> insured = bool(name, v);
                    case 6 -> stunted = bool(name, v);
                    case 7 -> underweight = bool(name, v);
                    case 8 -> education = enumValue(EDUCATIONS, name, v);
                    case 9 -> inSchool = bool(name, v);
                    case 10 -> employment = enumValue(EMPLOYMENTS, name, v);
                    case 11 -> disabled = bool(name, v);
                    case 12 -> allowance = bool(name, v);
                    case 13 -> merit = bool(name, v);
                    default -> throw new IllegalStateException(name);
                }
            }
            return new Member(
                    memberName,
                    age,
                    sex,
                    relation,
                    ethnicity,
                    insured,
                    stunted,
                    underweight,
                    education,
                    inSchool,
                    employment,
                    disabled,
                    allowance,
                    merit);
        }

        private Dwelling dwelling(String field, JsonToken t) {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_OBJECT) {
                return wrongType(field, "must be an object");
            }
            section = field;
            Double area = null;
            Boolean wall = null;
            Boolean column = null;
            Boolean roof = null;
            Boolean water = null;
            Boolean latrine = null;
            Boolean telecom = null;
            Boolean device = null;
            Boolean loudspeaker = null;
            Boolean waste = null;
            int seen = 0;
            int slot;
            while ((slot = p.nextNameMatch(DWELLING)) != PropertyNameMatcher.MATCH_END_OBJECT) {
                if (slot == PropertyNameMatcher.MATCH_ODD_TOKEN) {
                    throw new LineProblem(ref, null, "not valid JSON: a field name was expected");
                }
                String name = slot >= 0 ? DWELLING.nameLookup()[slot] : p.currentName();
                JsonToken v = p.nextToken();
                if (slot < 0) {
                    unknownField(name);
                    continue;
                }
                if ((seen & (1 << slot)) != 0) {
                    wrongType(name, "is given twice");
                    continue;
                }
                seen |= 1 << slot;
                switch (slot) {
                    case 0 -> area = number(name, v);
                    case 1 -> wall = bool(name, v);
                    case 2 -> column = bool(name, v);
                    case 3 -> roof = bool(name, v);
                    case 4 -> water = bool(name, v);
                    case 5 -> latrine = bool(name, v);
                    case 6 -> telecom = bool(name, v);
                    case 7 -> device = bool(name, v);
                    case 8 -> loudspeaker = bool(name, v);
                    case 9 -> waste = bool(name, v);
                    default -> throw new IllegalStateException(name);
                }
            }
            section = null;
            return new Dwelling(area, wall, column, roof, water, latrine, telecom, device, loudspeaker, waste);
        }

        private List<Member> members(String field, JsonToken t) {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                return wrongType(field, "must be an array of members");
            }
            List<Member> members = new ArrayList<>(6);
            section = field;
            index = 0;
            JsonToken v;
            while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                members.add(member(v));
                index++;
            }
            section = null;
            index = -1;
            return members;
        }

        private IndicatorSet indicators(String field, JsonToken t) {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                return wrongType(field, "must be an array of indicator codes");
            }
            int bits = 0;
            section = field;
            index = 0;
            JsonToken v;
            while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                if (v != JsonToken.VALUE_STRING) {
                    fail(null, "must be an indicator code (a string)");
                    p.skipChildren();
                } else {
                    Indicator indicator = Indicator.fromCode(p.getString());
                    if (indicator == null) {
                        fail(null, "unknown indicator code " + p.getString());
                    } else {
                        bits |= indicator.bit();
                    }
                }
                index++;
            }
            section = null;
            index = -1;
            return new IndicatorSet(bits);
        }

        private List<HouseholdInput.Cause> causes(String field, JsonToken t) {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                return wrongType(field, "must be an array of causes");
            }
            List<HouseholdInput.Cause> causes = new ArrayList<>(4);
            section = field;
            index = 0;
            JsonToken v;
            while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                HouseholdInput.Cause cause = enumValue(CAUSES, null, v);
                if (cause != null) {
                    causes.add(cause);
                }
                index++;
            }
            section = null;
            index = -1;
            return List.copyOf(causes);
        }

        private HouseholdClass recognizedClass(String field, JsonToken t) {
            return enumValue(RECOGNIZED, field, t);
        }

        private String string(String field, JsonToken t) {
            if (t == JsonToken.VALUE_STRING) {
                return p.getString();
            }
            return t == JsonToken.VALUE_NULL ? null : wrongType(field, "must be a string");
        }

        private Boolean bool(String field, JsonToken t) {
            return switch (t) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> wrongType(field, "must be true or false");
            };
        }

        private Long wholeNumber(String field, JsonToken t, long min, long max) {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_NUMBER_INT) {
                return wrongType(field, "must be a whole number");
            }
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                fail(field, "is too large");
                return null;
            }
            long value = p.getLongValue();
            if (value < min || value > max) {
                fail(field, "must be between " + min + " and " + max);
                return null;
            }
            return value;
        }

        private Double number(String field, JsonToken t) {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                return wrongType(field, "must be a number");
            }
            double value = p.getDoubleValue();
            if (!(value >= 0) || Double.isInfinite(value)) {
                fail(field, "must be a number of 0 or more");
                return null;
            }
            return value;
        }

        /** One of the given constants, compared in Jackson's buffer without making a String. */
        private <E extends Enum<E>> E enumValue(E[] constants, String field, JsonToken t) {
            if (t == JsonToken.VALUE_NULL && field != null) {
                return null;
            }
            if (t != JsonToken.VALUE_STRING) {
                return wrongType(field, "must be one of " + names(constants));
            }
            char[] chars = p.getStringCharacters();
            int offset = p.getStringOffset();
            int length = p.getStringLength();
            for (E constant : constants) {
                if (same(constant.name(), chars, offset, length)) {
                    return constant;
                }
            }
            fail(field, "must be one of " + names(constants) + ", not " + p.getString());
            return null;
        }

        private static boolean same(String name, char[] chars, int offset, int length) {
            if (name.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (name.charAt(i) != chars[offset + i]) {
                    return false;
                }
            }
            return true;
        }

        private static String names(Enum<?>[] constants) {
            StringBuilder names = new StringBuilder();
            for (Enum<?> constant : constants) {
                names.append(names.isEmpty() ? "" : ", ").append(constant.name());
            }
            return names.toString();
        }

        private void unknownField(String name) {
            fail(name, "unknown field");
            p.skipChildren();
        }

        private <T> T wrongType(String field, String reason) {
            fail(field, reason);
            p.skipChildren();
            return null;
        }

        /** Keeps the first problem; the rest of the line is still read for its ref. */
        private void fail(String name, String reason) {
            if (errorField != null) {
                return;
            }
            StringBuilder path = new StringBuilder();
            if (section != null) {
                path.append(section);
                if (index >= 0) {
                    path.append('[').append(index).append(']');
                }
                if (name != null) {
                    path.append('.');
                }
            }
            if (name != null) {
                path.append(name);
            }
            errorField = path.toString();
            errorReason = reason;
        }
    }
}
