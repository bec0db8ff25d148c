package vn.giamngheo.standard;

import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.jsonl.HouseholdLineParser;
import vn.giamngheo.standard.jsonl.LineProblem;
import vn.giamngheo.standard.jsonl.ResultLines;

/**
 * The household exchange format (docs/domain/household-format.md) for other modules: read one line strictly,
 * write a household back as a line, write a result line. Reading problems come back as {@link
 * InvalidInput} with the field and the reason (line 0: the caller knows the line number).
 */
public final class ExchangeFormat {
    private static final HouseholdLineParser PARSER = new HouseholdLineParser();
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ExchangeFormat() {}

    /** One household line, read strictly: unknown fields, wrong types and unknown codes are errors. */
    public static HouseholdInput parse(String line) {
        try {
            return PARSER.parse(line);
        } catch (LineProblem p) {
            throw problem(p);
        }
    }

    /** The same from UTF-8 bytes. */
    public static HouseholdInput parse(byte[] utf8, int offset, int length) {
        try {
            return PARSER.parse(utf8, offset, length);
        } catch (LineProblem p) {
            throw problem(p);
        }
    }

    /** A result line exactly as docs/domain/household-format.md shows it. */
    public static String resultLine(String ref, Classification c) {
        return ResultLines.result(ref, c);
    }

    /**
     * A household as one exchange-format line, fields in the documented order, fields not given
     * left out; {@link #parse} reads it back to an equal household. Written from the one field list
     * ({@link ExchangeFields}): the records' components are in its order (HouseholdFieldsTest).
     */
    public static String write(HouseholdInput h) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            object(g, h, ExchangeFields.HOUSEHOLD);
        }
        return out.toString();
    }

    private static void object(JsonGenerator g, Record r, List<ExchangeFields.Field> fields) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        g.writeStartObject();
        for (int i = 0; i < fields.size(); i++) {
            Object value = value(components[i], r);
            if (value != null) {
                field(g, fields.get(i), value);
            }
        }
        g.writeEndObject();
    }

    private static void field(JsonGenerator g, ExchangeFields.Field f, Object value) {
        switch (f.kind()) {
            case TEXT, CODE -> g.writeStringProperty(f.name(), value instanceof Enum<?> e ? e.name() : (String) value);
            case WHOLE -> g.writeNumberProperty(f.name(), ((Number) value).longValue());
            case NUMBER -> number(g, f.name(), ((Number) value).doubleValue());
            case BOOLEAN -> g.writeBooleanProperty(f.name(), (Boolean) value);
            case CODES -> {
                g.writeName(f.name());
                g.writeStartArray();
                List<?> codes = value instanceof IndicatorSet s ? s.codes() : (List<?>) value;
                for (Object code : codes) {
                    g.writeString(code instanceof Enum<?> e ? e.name() : (String) code);
                }
                g.writeEndArray();
            }
            case MEMBERS -> {
                g.writeName(f.name());
                g.writeStartArray();
                for (Object m : (List<?>) value) {
                    object(g, (Member) m, ExchangeFields.MEMBER);
                }
                g.writeEndArray();
            }
            case DWELLING -> {
                g.writeName(f.name());
                object(g, (Dwelling) value, ExchangeFields.DWELLING);
            }
        }
    }

    private static Object value(RecordComponent component, Record r) {
        try {
            return component.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whole numbers without a decimal point, as people write them. */
    private static void number(JsonGenerator g, String name, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumberProperty(name, (long) value);
        } else {
            g.writeNumberProperty(name, value);
        }
    }

    private static InvalidInput problem(LineProblem p) {
        return new InvalidInput(List.of(InvalidInput.Problem.of(p.field() == null ? "" : p.field(), p.message())
                .at(0, p.ref())));
    }
}
