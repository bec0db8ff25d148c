package vn.giamngheo.standard.jsonl;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import vn.giamngheo.shared.Message;
import vn.giamngheo.standard.Dwelling;
import vn.giamngheo.standard.ExchangeFields;
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
    private static final Slots HOUSEHOLD = new Slots(ExchangeFields.HOUSEHOLD, HouseholdInput.class);
    private static final Slots MEMBER = new Slots(ExchangeFields.MEMBER, Member.class);
    private static final Slots DWELLING = new Slots(ExchangeFields.DWELLING, Dwelling.class);
    // constants, so that the JIT compiles the calls to the constructors as direct ones
    private static final MethodHandle NEW_HOUSEHOLD = HOUSEHOLD.constructor;
    private static final MethodHandle NEW_MEMBER = MEMBER.constructor;
    private static final MethodHandle NEW_DWELLING = DWELLING.constructor;
    private static final int REF =
            ExchangeFields.names(ExchangeFields.HOUSEHOLD).indexOf("ref");
    private static final int AREA =
            ExchangeFields.names(ExchangeFields.HOUSEHOLD).indexOf("area");

    /**
     * One object's fields, read once into a table at start-up (docs/decisions/1160): a field's slot
     * is its place in the list, which is also its place in the record's constructor, so a line's
     * values go into an array in slot order and the record is built from it. Nothing here names a
     * field; a new one of the list is read by the kind of its Java type.
     */
    private static final class Slots {
        // how a slot is read: small ints, so the per-field dispatch is one table switch
        static final int TEXT = 0, CODE = 1, INT = 2, LONG = 3, NUMBER = 4, BOOLEAN = 5, TICKS = 6, CODES = 7;
        static final int MEMBERS = 8, DWELLING = 9;
        final PropertyNameMatcher names;
        final int size;
        final int[] how;
        final long[] min;
        final long[] max;
        final Enum<?>[][] codes;
        final MethodHandle constructor;

        Slots(List<ExchangeFields.Field> list, Class<? extends Record> type) {
            names = StrictJsonReader.matcher(JSON, ExchangeFields.names(list).toArray(String[]::new));
            size = list.size();
            how = new int[size];
            min = new long[size];
            max = new long[size];
            codes = new Enum<?>[size][];
            for (int i = 0; i < size; i++) {
                ExchangeFields.Field f = list.get(i);
                how[i] = switch (f.kind()) {
                    case TEXT -> TEXT;
                    case CODE -> CODE;
                    case WHOLE -> f.type() == Long.class ? LONG : INT;
                    case NUMBER -> NUMBER;
                    case BOOLEAN -> BOOLEAN;
                    case CODES -> f.type() == IndicatorSet.class ? TICKS : CODES;
                    case MEMBERS -> MEMBERS;
                    case DWELLING -> DWELLING;
                };
                min[i] = f.min();
                max[i] = f.max();
                codes[i] = f.codes().toArray(Enum<?>[]::new);
            }
            Class<?>[] types = Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            if (types.length != size) {
                throw new IllegalStateException(type.getSimpleName() + " is not its field list");
            }
            try {
                constructor = MethodHandles.publicLookup()
                        .findConstructor(type, MethodType.methodType(void.class, types))
                        .asSpreader(Object[].class, types.length);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
            }
        }
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
        private Object[] memberValues;

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
            Object[] values = new Object[HOUSEHOLD.size];
            beginObject();
            for (int slot; (slot = nextField(HOUSEHOLD.names)) >= 0; ) {
                // the members and the dwelling apart from the one-value fields: value() stays small
                // and is not recursive, so the JIT inlines it into each object's loop
                int how = HOUSEHOLD.how[slot];
                if (how == Slots.MEMBERS) {
                    values[slot] = members(field(), p.currentToken());
                } else if (how == Slots.DWELLING) {
                    values[slot] = dwelling(field(), p.currentToken());
                } else {
                    values[slot] = value(HOUSEHOLD, slot);
                }
                if (slot == REF) {
                    ref = (String) values[slot];
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
            if (values[AREA] == null) {
                throw new LineProblem(ref, "area", Message.of("line.areaRequired"));
            }
            try {
                return (HouseholdInput) NEW_HOUSEHOLD.invokeExact(values);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        /** The value of the one-value field in that slot, read by the field's kind. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object value(Slots slots, int slot) {
            String name = field();
            JsonToken t = p.currentToken();
            switch (slots.how[slot]) {
                case Slots.TEXT:
                    return string(name, t);
                case Slots.CODE:
                    return enumValue((Enum[]) slots.codes[slot], name, t);
                case Slots.INT:
                    Long whole = wholeNumber(name, t, slots.min[slot], slots.max[slot]);
                    return whole == null ? null : Integer.valueOf(whole.intValue());
                case Slots.LONG:
                    return wholeNumber(name, t, slots.min[slot], slots.max[slot]);
                case Slots.NUMBER:
                    return number(name, t);
                case Slots.BOOLEAN:
                    return bool(name, t);
                case Slots.TICKS:
                    return indicators(name, t);
                default:
                    return codes(slots.codes[slot], name, t);
            }
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
            // one array for all of a line's members, emptied after each
            Object[] values = memberValues == null ? (memberValues = new Object[MEMBER.size]) : memberValues;
            Arrays.fill(values, null);
            beginObject();
            for (int slot; (slot = nextField(MEMBER.names)) >= 0; ) {
                values[slot] = value(MEMBER, slot);
            }
            try {
                return (Member) NEW_MEMBER.invokeExact(values);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        private Dwelling dwelling(String field, JsonToken t) {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_OBJECT) {
                return skip(field, "line.object");
            }
            Object[] values = new Object[DWELLING.size];
            enter(field, false);
            beginObject();
            for (int slot; (slot = nextField(DWELLING.names)) >= 0; ) {
                values[slot] = value(DWELLING, slot);
            }
            leave();
            try {
                return (Dwelling) NEW_DWELLING.invokeExact(values);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
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

        /** A list of codes of one enum (the causes). */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private List<Object> codes(Enum<?>[] constants, String field, JsonToken t) {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                return skip(field, "line.causesArray");
            }
            List<Object> codes = new ArrayList<>(4);
            enter(field, true);
            for (JsonToken v; (v = p.nextToken()) != JsonToken.END_ARRAY; nextElement()) {
                Object code = enumValue((Enum[]) constants, null, v);
                if (code != null) {
                    codes.add(code);
                }
            }
            leave();
            return List.copyOf(codes);
        }
    }
}
