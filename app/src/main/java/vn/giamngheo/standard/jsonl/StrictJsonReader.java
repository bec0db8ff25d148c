package vn.giamngheo.standard.jsonl;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import vn.giamngheo.shared.Message;

/**
 * Strict reading of typed values from a Jackson streaming parser, keeping the first problem with
 * the path of its field ({@code members[1].age}) and reading on after it. A field unknown to its
 * object, or given twice, is a problem; JSON {@code null} is "not given". Duplicates are caught with
 * a bit per known field: Jackson's own detection (a hash set per object) cost a quarter of the
 * parsing time.
 */
abstract class StrictJsonReader {
    private static final int MAX_DEPTH = 8;

    protected final JsonParser p;
    private String errorField;
    private Message errorMessage;
    private String section;
    private int index = -1;
    private final int[] seen = new int[MAX_DEPTH];
    private int depth = -1;
    private String fieldName;

    StrictJsonReader(JsonParser p) {
        this.p = p;
    }

    /** Field names matched in Jackson's buffer by position: no String made or hashed per name. */
    static PropertyNameMatcher matcher(TokenStreamFactory factory, String... names) {
        List<Named> named = new ArrayList<>(names.length);
        for (String name : names) {
            named.add(Named.fromString(name));
        }
        return factory.constructNameMatcher(named, true);
    }

    /** What to name in an error line when the reading stops early; null before it is read. */
    abstract String ref();

    /** Call on START_OBJECT before the {@link #nextField} loop of that object. */
    final void beginObject() {
        if (++depth >= MAX_DEPTH) {
            throw new LineProblem(ref(), null, Message.of("line.tooDeep"));
        }
        seen[depth] = 0;
    }

    /**
     * Moves to the value of the next known field of the current object, seen for the first time,
     * and answers its position in {@code names}; -1 at the end of the object. Unknown and repeated
     * fields are recorded as problems and skipped.
     */
    final int nextField(PropertyNameMatcher names) {
        while (true) {
            int slot = p.nextNameMatch(names);
            if (slot == PropertyNameMatcher.MATCH_END_OBJECT) {
                depth--;
                return -1;
            }
            if (slot == PropertyNameMatcher.MATCH_ODD_TOKEN) {
                throw new LineProblem(ref(), null, Message.of("line.fieldNameExpected"));
            }
            String name = slot >= 0 ? names.nameLookup()[slot] : p.currentName();
            p.nextToken();
            if (slot < 0) {
                skip(name, "line.unknownField");
            } else if ((seen[depth] & (1 << slot)) != 0) {
                skip(name, "line.givenTwice");
            } else {
                seen[depth] |= 1 << slot;
                fieldName = name;
                return slot;
            }
        }
    }

    /** The name of the field {@link #nextField} moved to. */
    final String field() {
        return fieldName;
    }

    /** Problems inside an array or object are named under this field ({@code members[2].age}). */
    final void enter(String sectionField, boolean array) {
        section = sectionField;
        index = array ? 0 : -1;
    }

    final void nextElement() {
        index++;
    }

    final void leave() {
        section = null;
        index = -1;
    }

    /** The first problem found, as a LineProblem, or null. */
    final LineProblem problem(String ref) {
        return errorField == null ? null : new LineProblem(ref, errorField, errorMessage);
    }

    final String string(String field, JsonToken t) {
        if (t == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        return t == JsonToken.VALUE_NULL ? null : skip(field, "line.string");
    }

    final Boolean bool(String field, JsonToken t) {
        return switch (t) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> skip(field, "line.boolean");
        };
    }

    final Long wholeNumber(String field, JsonToken t, long min, long max) {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            return skip(field, "line.wholeNumber");
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            fail(field, "line.tooLarge");
            return null;
        }
        long value = p.getLongValue();
        if (value < min || value > max) {
            fail(field, "line.between", min, max);
            return null;
        }
        return value;
    }

    /** A number of 0 or more, whole or not. */
    final Double number(String field, JsonToken t) {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return skip(field, "line.number");
        }
        double value = p.getDoubleValue();
        if (!(value >= 0) || Double.isInfinite(value)) {
            fail(field, "line.notNegative");
            return null;
        }
        return value;
    }

    /**
     * One of the given constants, compared in Jackson's buffer without making a String. A null
     * {@code field} is an array element, where JSON null is not allowed.
     */
    final <E extends Enum<E>> E enumValue(E[] constants, String field, JsonToken t) {
        if (t == JsonToken.VALUE_NULL && field != null) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            return skip(field, "line.oneOf", names(constants));
        }
        char[] chars = p.getStringCharacters();
        int offset = p.getStringOffset();
        int length = p.getStringLength();
        for (E constant : constants) {
            if (same(constant.name(), chars, offset, length)) {
                return constant;
            }
        }
        fail(field, "line.oneOfNot", names(constants), p.getString());
        return null;
    }

    /** Records a problem and skips the value (with all it contains). */
    final <T> T skip(String field, String code, Object... args) {
        fail(field, code, args);
        p.skipChildren();
        return null;
    }

    /** Keeps the first problem; the rest of the line is still read for its ref. */
    final void fail(String name, String code, Object... args) {
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
        errorMessage = Message.of(code, args);
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
}
