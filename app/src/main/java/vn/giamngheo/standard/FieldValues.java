package vn.giamngheo.standard;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.shared.InvalidInput.Problem;

/**
 * The facts records (a member, a dwelling, the registry's member) read and built by their field
 * names, so that code moving facts between them, to a page form and back does not list the fields
 * again (docs/decisions/1130): a new field of a record reaches these copies by itself. The names are
 * the records' components, which {@code HouseholdFieldsTest} pins to {@link ExchangeFields}.
 */
public final class FieldValues {
    private FieldValues() {}

    /** The record's values by field name, in order; null values are kept. */
    public static Map<String, Object> of(Record r) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            values.put(c.getName(), get(c, r));
        }
        return values;
    }

    /**
     * A record of {@code type} from values by field name. A missing name is null; an enum is given
     * by its code and a code becomes the enum (the registry keeps codes as text, the format as
     * enums); a code that is not one of the enum's is left unknown (the registry checks codes when
     * it saves; what an older row holds is not guessed).
     */
    public static <R extends Record> R build(Class<R> type, Map<String, ?> values) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = converted(values.get(components[i].getName()), components[i].getType());
        }
        return construct(type, components, args);
    }

    /** Field by field, {@code first}'s value where it has one, otherwise {@code second}'s. */
    public static <R extends Record> R either(R first, R second) {
        Map<String, Object> values = of(first);
        Map<String, Object> fallback = of(second);
        values.replaceAll((name, value) -> value != null ? value : fallback.get(name));
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) first.getClass();
        return build(type, values);
    }

    /** The record as a page form shows it: each value as text, an unknown one as "". */
    public static Map<String, String> asText(Record r) {
        Map<String, String> text = new LinkedHashMap<>();
        of(r).forEach((name, value) -> text.put(name, value == null ? "" : text(value)));
        return text;
    }

    /**
     * A record of {@code type} from what a page form posted, by field name: text trimmed (blank is
     * null), whole numbers and numbers read as typed, yes/no as "true"/"false". A value that is not
     * a number is a problem named {@code prefix + name}, and the field is left unknown.
     */
    public static <R extends Record> R fromText(
            Class<R> type, Map<String, String> text, String prefix, List<Problem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String raw = text == null ? null : text.get(c.getName());
            String s = raw == null || raw.isBlank() ? null : raw.trim();
            try {
                values.put(c.getName(), s == null ? null : parsed(s, c.getType()));
            } catch (NumberFormatException e) {
                problems.add(Problem.of(prefix + c.getName(), "input.wrongType"));
            }
        }
        return build(type, values);
    }

    private static Object parsed(String s, Class<?> type) {
        if (type == Integer.class) {
            return Integer.valueOf(s);
        }
        if (type == Double.class) {
            return Double.valueOf(s.replace(',', '.'));
        }
        if (type == Long.class) {
            return Long.valueOf(s);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(s);
        }
        return s;
    }

    private static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object converted(Object value, Class<?> type) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        if (type == String.class && value instanceof Enum<?> e) {
            return e.name();
        }
        if (type.isEnum() && value instanceof String s) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum) constant).name().equals(s.trim())) {
                    return constant;
                }
            }
            return null;
        }
        throw new IllegalArgumentException(value.getClass().getSimpleName() + " given for " + type.getSimpleName());
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static <R extends Record> R construct(Class<R> type, RecordComponent[] components, Object[] args) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }
}
