package vn.giamngheo.standard;

import java.io.StringWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.jsonl.HouseholdLineParser;
import vn.giamngheo.standard.jsonl.LineProblem;
import vn.giamngheo.standard.jsonl.ResultLines;

/**
 * The household exchange format (household-format.md) for other modules: read one line strictly,
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

    /** A result line exactly as household-format.md shows it. */
    public static String resultLine(String ref, Classification c) {
        return ResultLines.result(ref, c);
    }

    /**
     * A household as one exchange-format line, fields in the documented order, fields not given
     * left out; {@link #parse} reads it back to an equal household.
     */
    public static String write(HouseholdInput h) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty("ref", h.ref());
            g.writeStringProperty("area", h.area().name());
            if (h.incomePerCapita() != null) {
                g.writeNumberProperty("incomePerCapita", h.incomePerCapita());
            }
            if (h.scoreA() != null) {
                number(g, "scoreA", h.scoreA());
            }
            if (h.deprivations() != null) {
                g.writeName("deprivations");
                g.writeStartArray();
                for (String code : h.deprivations().codes()) {
                    g.writeString(code);
                }
                g.writeEndArray();
            }
            if (h.members() != null) {
                g.writeName("members");
                g.writeStartArray();
                for (Member m : h.members()) {
                    member(g, m);
                }
                g.writeEndArray();
            }
            if (h.dwelling() != null) {
                dwelling(g, h.dwelling());
            }
            bool(g, ExchangeFields.LABOUR_CAPACITY, h.labourCapacity());
            if (h.causes() != null) {
                g.writeName("causes");
                g.writeStartArray();
                for (HouseholdInput.Cause c : h.causes()) {
                    g.writeString(c.name());
                }
                g.writeEndArray();
            }
            if (h.recognizedClass() != null) {
                g.writeStringProperty("recognizedClass", h.recognizedClass().name());
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    private static void member(JsonGenerator g, Member m) {
        g.writeStartObject();
        string(g, "name", m.name());
        if (m.age() != null) {
            g.writeNumberProperty("age", m.age());
        }
        enumValue(g, "sex", m.sex());
        enumValue(g, "relation", m.relation());
        string(g, "ethnicity", m.ethnicity());
        bool(g, "healthInsured", m.healthInsured());
        bool(g, "stunted", m.stunted());
        bool(g, "underweight", m.underweight());
        enumValue(g, "education", m.education());
        bool(g, "inSchool", m.inSchool());
        enumValue(g, "employment", m.employment());
        bool(g, "disabled", m.disabled());
        bool(g, "socialAllowance", m.socialAllowance());
        bool(g, "personOfMerit", m.personOfMerit());
        g.writeEndObject();
    }

    private static void dwelling(JsonGenerator g, Dwelling d) {
        g.writeName("dwelling");
        g.writeStartObject();
        if (d.livingAreaM2() != null) {
            number(g, "livingAreaM2", d.livingAreaM2());
        }
        bool(g, "wallDurable", d.wallDurable());
        bool(g, "columnDurable", d.columnDurable());
        bool(g, "roofDurable", d.roofDurable());
        bool(g, "cleanWater", d.cleanWater());
        bool(g, "hygienicLatrine", d.hygienicLatrine());
        bool(g, "telecom", d.telecom());
        bool(g, "infoDevice", d.infoDevice());
        bool(g, "loudspeakerAccess", d.loudspeakerAccess());
        bool(g, "wasteCollected", d.wasteCollected());
        g.writeEndObject();
    }

    /** Whole numbers without a decimal point, as people write them. */
    private static void number(JsonGenerator g, String name, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumberProperty(name, (long) value);
        } else {
            g.writeNumberProperty(name, value);
        }
    }

    private static void string(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private static void bool(JsonGenerator g, String name, Boolean value) {
        if (value != null) {
            g.writeBooleanProperty(name, value);
        }
    }

    private static void enumValue(JsonGenerator g, String name, Enum<?> value) {
        if (value != null) {
            g.writeStringProperty(name, value.name());
        }
    }

    private static InvalidInput problem(LineProblem p) {
        return new InvalidInput(
                List.of(new InvalidInput.Problem(0, p.field() == null ? "(line)" : p.field(), p.reason())));
    }
}
