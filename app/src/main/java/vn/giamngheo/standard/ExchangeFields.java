package vn.giamngheo.standard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of a household, its members and its dwelling, read from the records that carry them
 * (docs/decisions/1160): {@link HouseholdInput}, {@link Member} and {@link Dwelling} are the list,
 * written once; their components, in order, are the exchange format's fields in its documented
 * order (docs/domain/household-format.md), and each field's kind follows from its Java type. The
 * format's reader and writer, the fast line parser, the CSV and XLSX columns, the page form and the
 * offline survey app take their fields from here, so a new fact is a component of its record, its
 * two labels (vi, en) and the code that uses its value.
 */
public final class ExchangeFields {
    /** How a field is written: what the CSV and XLSX readers and the survey form expect. */
    public enum Kind {
        TEXT,
        CODE,
        WHOLE,
        NUMBER,
        BOOLEAN,
        CODES,
        MEMBERS,
        DWELLING
    }

    /** The bounds of a whole-number field (inclusive); without it a whole number is 0 or more. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Range {
        long min() default 0;

        long max() default Long.MAX_VALUE;
    }

    /** The only codes of its enum a field takes (e.g. a recognised class: poor or near-poor). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Only {
        String[] value();
    }

    /**
     * A field of the format: its name on the wire, its kind, its Java type (for CODES the type of
     * an entry), the codes it takes (CODE and enum lists: the enum's constants, in order) and the
     * bounds of a whole number.
     */
    public record Field(String name, Kind kind, Class<?> type, List<Enum<?>> codes, long min, long max) {
        /** The codes as written on the wire. */
        public List<String> codeNames() {
            return codes.stream().map(Enum::name).toList();
        }
    }

    /**
     * The wire name of {@link HouseholdInput#labourCapacity()}. The format was published with the
     * American spelling; the code spells it "labour" everywhere else (decision 1110).
     */
    public static final String LABOUR_CAPACITY = "laborCapacity";

    /** The fields of a household line. */
    public static final List<Field> HOUSEHOLD = fields(HouseholdInput.class);

    /** The fields of a member object. */
    public static final List<Field> MEMBER = fields(Member.class);

    /** The fields of the dwelling object. */
    public static final List<Field> DWELLING = fields(Dwelling.class);

    /** The members' facts that identify the person rather than describe them, as the registry keeps them apart. */
    public static final List<String> MEMBER_PERSON = List.of("name", "age", "sex", "relation", "ethnicity");

    private ExchangeFields() {}

    /** The names of the fields, in order. */
    public static List<String> names(List<Field> fields) {
        return fields.stream().map(Field::name).toList();
    }

    /** The names of the fields of one kind, in order. */
    public static List<String> names(List<Field> fields, Kind kind) {
        return fields.stream().filter(f -> f.kind() == kind).map(Field::name).toList();
    }

    /** The field of that wire name. */
    public static Field field(List<Field> fields, String name) {
        return fields.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name));
    }

    /** The wire name of a record component: its own, but for the one the format spells otherwise. */
    public static String wireName(String component) {
        return component.equals("labourCapacity") ? LABOUR_CAPACITY : component;
    }

    private static List<Field> fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(ExchangeFields::field)
                .toList();
    }

    private static Field field(RecordComponent c) {
        Class<?> type = c.getType();
        Kind kind;
        if (type == String.class) {
            kind = Kind.TEXT;
        } else if (type == Integer.class || type == Long.class) {
            kind = Kind.WHOLE;
        } else if (type == Double.class) {
            kind = Kind.NUMBER;
        } else if (type == Boolean.class) {
            kind = Kind.BOOLEAN;
        } else if (type.isEnum()) {
            kind = Kind.CODE;
        } else if (type == IndicatorSet.class) {
            kind = Kind.CODES;
        } else if (type == Dwelling.class) {
            kind = Kind.DWELLING;
        } else if (type == List.class) {
            type = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            kind = type == Member.class ? Kind.MEMBERS : Kind.CODES;
        } else {
            throw new IllegalStateException(c.getName() + ": the format has no kind for " + type.getSimpleName());
        }
        List<Enum<?>> codes = type.isEnum() ? codes(type, c.getAnnotation(Only.class)) : List.of();
        Range range = c.getAnnotation(Range.class);
        return new Field(
                wireName(c.getName()),
                kind,
                type,
                codes,
                range == null ? 0 : range.min(),
                range == null ? Long.MAX_VALUE : range.max());
    }

    private static List<Enum<?>> codes(Class<?> type, Only only) {
        List<Enum<?>> all = Arrays.stream(type.getEnumConstants())
                .<Enum<?>>map(e -> (Enum<?>) e)
                .toList();
        if (only == null) {
            return all;
        }
        List<String> allowed = List.of(only.value());
        return all.stream().filter(e -> allowed.contains(e.name())).toList();
    }
}
