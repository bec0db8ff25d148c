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
import vn.giamngheo.shared.Message;
import vn.giamngheo.standard.Area;
import vn.giamngheo.standard.Dwelling;
import vn.giamngheo.standard.ExchangeFields;
import vn.giamngheo.standard.HouseholdClass;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Indicator;
import vn.giamngheo.standard.IndicatorSet;
import vn.giamngheo.standard.Member;

/**
 * Reads one household line of the exchange format, strictly (docs/domain/household-format.md): an unknown
 * field, a wrong type, an unknown code or a duplicate field is an error naming the field, and
 * {@code ref} and {@code area} are required. A JSON {@code null} counts as "not given" for the
 * optional fields. After a field error the rest of the line is still read, so the error line can
 * carry the {@code ref} even when it comes later. Jackson's streaming parser, no object mapping:
 * this runs for every line of files with millions of them.
 */
public final class HouseholdLineParser {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    // the slots below follow the order of these lists
    private static final PropertyNameMatcher HOUSEHOLD = matcher(ExchangeFields.HOUSEHOLD);
    private static final PropertyNameMatcher MEMBER = matcher(ExchangeFields.MEMBER);
    private static final PropertyNameMatcher DWELLING = matcher(ExchangeFields.DWELLING);
    private static final Area[] AREAS = Area.values();
    private static final Member.Sex[] SEXES = Member.Sex.values();
    private static final Member.Relation[] RELATIONS = Member.Relation.values();
    private static final Member.Education[] EDUCATIONS = Member.Education.values();
    private static final Member.Employment[] EMPLOYMENTS = Member.Employment.values();
    private static final HouseholdInput.Cause[] CAUSES = HouseholdInput.Cause.values();
    private static final HouseholdClass[] RECOGNIZED = {HouseholdClass.POOR, HouseholdClass.NEAR_POOR};
    private static final int MAX_AGE = 150;

    private static PropertyNameMatcher matcher(List<ExchangeFields.Field> fields) {
        return StrictJsonReader.matcher(JSON, ExchangeFields.names(fields).toArray(String[]::new));
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
            throw new LineProblem(reading.ref(), null, Message.of("line.notJson", describe(e)));
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

    /** Reading one line: the household object, its members, dwelling and lists. */
    private static final class Reading extends StrictJsonReader {
        private String ref;

        Reading(JsonParser p) {
            super(p);
        }

        @Override
        String ref() {
            return ref;
        }

        HouseholdInput household() {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new LineProblem(null, null, Message.of("line.oneObject"));
            }
            Area area = null;
            Long income = null;
            Double score = null;
            IndicatorSet ticks = null;
            List<Member> members = null;
            Dwelling dwelling = null;
            Boolean labourCapacity = null;
            List<HouseholdInput.Cause> causes = null;
            HouseholdClass recognized = null;
            beginObject();
            for (int slot; (slot = nextField(HOUSEHOLD)) >= 0; ) {
                String name = field();
                JsonToken t = p.currentToken();
                switch (slot) {
                    case 0 -> ref = string(name, t);
                    case 1 -> area = enumValue(AREAS, name, t);
                    case 2 -> income = wholeNumber(name, t, 0, Long.MAX_VALUE);
                    case 3 -> score = number(name, t);
                    case 4 -> ticks = indicators(name, t);
                    case 5 -> members = members(name, t);
                    case 6 -> dwelling = dwelling(name, t);
                    case 7 -> labourCapacity = bool(name, t);
                    case 8 -> causes = causes(name, t);
                    default -> recognized = enumValue(RECOGNIZED, name, t);
                }
            }
            if (p.nextToken() != null) {
                throw new LineProblem(ref, null, Message.of("line.moreAfter"));
            }
            LineProblem problem = problem(ref);
            if (problem != null) {
                throw problem;
            }
            if (ref == null) {
                throw new LineProblem(null, "ref", Message.of("line.required"));
            }
            if (area == null) {
                throw new LineProblem(ref, "area", Message.of("line.areaRequired"));
            }
            return new HouseholdInput(
                    ref, area, income, score, ticks, members, dwelling, labourCapacity, causes, recognized);
        }

        private List<Member> members(String field, JsonToken t) {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                return skip(field, "line.membersArray");
            }
            List<Member> members = new ArrayList<>(6);
            enter(field, true);
            for (JsonToken v; (v = p.nextToken()) != JsonToken.END_ARRAY; nextElement()) {
                if (v == JsonToken.START_OBJECT) {
                    members.add(member());
                } else {
                    skip(null, "line.object");
                }
            }
            leave();
            return members;
        }

        private Member member() {
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
            beginObject();
            for (int slot; (slot = nextField(MEMBER)) >= 0; ) {
                String name = field();
                JsonToken v = p.currentToken();
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
                    default -> merit = bool(name, v);
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
                return skip(field, "line.object");
            }
            Double area = null;
            Boolean[] facts = new Boolean[9];
            enter(field, false);
            beginObject();
            for (int slot; (slot = nextField(DWELLING)) >= 0; ) {
                if (slot == 0) {
                    area = number(field(), p.currentToken());
                } else {
                    facts[slot - 1] = bool(field(), p.currentToken());
                }
            }
            leave();
            return new Dwelling(
                    area, facts[0], facts[1], facts[2], facts[3], facts[4], facts[5], facts[6], facts[7], facts[8]);
        }

        private IndicatorSet indicators(String field, JsonToken t) {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                return skip(field, "line.indicatorsArray");
            }
            int bits = 0;
            enter(field, true);
            for (JsonToken v; (v = p.nextToken()) != JsonToken.END_ARRAY; nextElement()) {
                if (v != JsonToken.VALUE_STRING) {
                    skip(null, "line.indicatorString");
                } else {
                    Indicator indicator = Indicator.fromCode(p.getString());
                    if (indicator == null) {
                        fail(null, "line.unknownIndicator", p.getString());
                    } else {
                        bits |= indicator.bit();
                    }
                }
            }
            leave();
            return new IndicatorSet(bits);
        }

        private List<HouseholdInput.Cause> causes(String field, JsonToken t) {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                return skip(field, "line.causesArray");
            }
            List<HouseholdInput.Cause> causes = new ArrayList<>(4);
            enter(field, true);
            for (JsonToken v; (v = p.nextToken()) != JsonToken.END_ARRAY; nextElement()) {
                HouseholdInput.Cause cause = enumValue(CAUSES, null, v);
                if (cause != null) {
                    causes.add(cause);
                }
            }
            leave();
            return List.copyOf(causes);
        }
    }
}
