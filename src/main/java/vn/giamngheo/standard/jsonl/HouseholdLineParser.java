package vn.giamngheo.standard.jsonl;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
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
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final int MAX_AGE = 150;

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
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
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
            String name;
            while ((name = p.nextName()) != null) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "ref" -> ref = string(name, t);
                    case "area" -> area = enumValue(Area.class, name, t);
                    case "incomePerCapita" -> income = wholeNumber(name, t, 0, Long.MAX_VALUE);
                    case "scoreA" -> score = number(name, t);
                    case "deprivations" -> ticks = indicators(name, t);
                    case "members" -> members = members(name, t);
                    case "dwelling" -> dwelling = dwelling(name, t);
                    case "laborCapacity" -> laborCapacity = bool(name, t);
                    case "causes" -> causes = causes(name, t);
                    case "recognizedClass" -> recognized = recognizedClass(name, t);
                    default -> unknownField(name);
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
            String name;
            while ((name = p.nextName()) != null) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "name" -> memberName = string(name, v);
                    case "age" -> {
                        Long years = wholeNumber(name, v, 0, MAX_AGE);
                        age = years == null ? null : Integer.valueOf(years.intValue());
                    }
                    case "sex" -> sex = enumValue(Member.Sex.class, name, v);
                    case "relation" -> relation = enumValue(Member.Relation.class, name, v);
                    case "ethnicity" -> ethnicity = string(name, v);
                    case "healthInsured" -> insured = bool(name, v);
                    case "stunted" -> stunted = bool(name, v);
                    case "underweight" -> underweight = bool(name, v);
                    case "education" -> education = enumValue(Member.Education.class, name, v);
                    case "inSchool" -> inSchool = bool(name, v);
                    case "employment" -> employment = enumValue(Member.Employment.class, name, v);
                    case "disabled" -> disabled = bool(name, v);
                    case "socialAllowance" -> allowance = bool(name, v);
                    case "personOfMerit" -> merit = bool(name, v);
                    default -> unknownField(name);
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
            String name;
            while ((name = p.nextName()) != null) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "livingAreaM2" -> area = number(name, v);
                    case "wallDurable" -> wall = bool(name, v);
                    case "columnDurable" -> column = bool(name, v);
                    case "roofDurable" -> roof = bool(name, v);
                    case "cleanWater" -> water = bool(name, v);
                    case "hygienicLatrine" -> latrine = bool(name, v);
                    case "telecom" -> telecom = bool(name, v);
                    case "infoDevice" -> device = bool(name, v);
                    case "loudspeakerAccess" -> loudspeaker = bool(name, v);
                    case "wasteCollected" -> waste = bool(name, v);
                    default -> unknownField(name);
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
                HouseholdInput.Cause cause = enumValue(HouseholdInput.Cause.class, null, v);
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
            if (t == JsonToken.VALUE_STRING && !"POOR".equals(p.getString()) && !"NEAR_POOR".equals(p.getString())) {
                fail(field, "must be POOR or NEAR_POOR");
                return null;
            }
            return enumValue(HouseholdClass.class, field, t);
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

        private <E extends Enum<E>> E enumValue(Class<E> type, String field, JsonToken t) {
            if (t == JsonToken.VALUE_NULL && field != null) {
                return null;
            }
            if (t != JsonToken.VALUE_STRING) {
                return wrongType(field, "must be one of " + names(type));
            }
            String text = p.getString();
            E[] constants = type.getEnumConstants();
            for (E constant : constants) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            fail(field, "must be one of " + names(type) + ", not " + text);
            return null;
        }

        private static String names(Class<? extends Enum<?>> type) {
            StringBuilder names = new StringBuilder();
            for (Enum<?> constant : type.getEnumConstants()) {
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
