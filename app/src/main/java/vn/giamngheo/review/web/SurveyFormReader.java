package vn.giamngheo.review.web;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.ExchangeFields;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.HouseholdInput;

/**
 * Reads the survey form as the browser posts it (names as in the exchange format: {@code
 * incomePerCapita}, {@code dwelling.roofDurable}, {@code members[2].age}, {@code tick} per ticked
 * indicator) into an exchange-format household, through the same strict parser as the imports.
 * Blank member rows are left out; an empty choice means "not known".
 */
final class SurveyFormReader {
    /** The dwelling's yes/no facts. */
    static final List<String> DWELLING = ExchangeFields.names(ExchangeFields.DWELLING, ExchangeFields.Kind.BOOLEAN);

    /** The members' yes/no facts. */
    static final List<String> MEMBER_FLAGS = ExchangeFields.names(ExchangeFields.MEMBER, ExchangeFields.Kind.BOOLEAN);

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final int MAX_MEMBERS = 30;

    private SurveyFormReader() {}

    static HouseholdInput read(MultiValueMap<String, String> form, String ref) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty("ref", ref);
            text(g, "area", form.getFirst("area"));
            whole(g, "incomePerCapita", form.getFirst("incomePerCapita"), "incomePerCapita", problems);
            number(g, "scoreA", form.getFirst("scoreA"), "scoreA", problems);
            if ("true".equals(form.getFirst("ticksGiven"))) {
                list(g, "deprivations", form.getOrDefault("tick", List.of()));
            }
            flag(g, ExchangeFields.LABOUR_CAPACITY, form.getFirst(ExchangeFields.LABOUR_CAPACITY));
            if (form.containsKey("cause")) {
                list(g, "causes", form.get("cause"));
            }
            g.writeName("dwelling");
            object(g, ExchangeFields.DWELLING, form, "dwelling.", problems);
            g.writeName("members");
            g.writeStartArray();
            for (int i = 0; i < MAX_MEMBERS; i++) {
                String p = "members[" + i + "].";
                if (blank(form.getFirst(p + "name"))) {
                    continue;
                }
                object(g, ExchangeFields.MEMBER, form, p, problems);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return ExchangeFormat.parse(out.toString());
    }

    /** The codes a field takes, in order. */
    static List<String> codes(List<ExchangeFields.Field> fields, String name) {
        return ExchangeFields.field(fields, name).codeNames();
    }

    /** An object of the format from the form's fields named {@code prefix + name}, each read by its kind. */
    private static void object(
            JsonGenerator g,
            List<ExchangeFields.Field> fields,
            MultiValueMap<String, String> form,
            String prefix,
            List<InvalidInput.Problem> problems) {
        g.writeStartObject();
        for (ExchangeFields.Field f : fields) {
            String value = form.getFirst(prefix + f.name());
            switch (f.kind()) {
                case WHOLE -> whole(g, f.name(), value, prefix + f.name(), problems);
                case NUMBER -> number(g, f.name(), value, prefix + f.name(), problems);
                case BOOLEAN -> flag(g, f.name(), value);
                default -> text(g, f.name(), value);
            }
        }
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, String value) {
        if (!blank(value)) {
            g.writeStringProperty(name, value.trim());
        }
    }

    private static void flag(JsonGenerator g, String name, String value) {
        if ("true".equals(value) || "false".equals(value)) {
            g.writeBooleanProperty(name, Boolean.parseBoolean(value));
        }
    }

    private static void whole(JsonGenerator g, String name, String value, String field, List<InvalidInput.Problem> p) {
        if (blank(value)) {
            return;
        }
        try {
            g.writeNumberProperty(
                    name, Long.parseLong(value.trim().replace(".", "").replace(",", "")));
        } catch (NumberFormatException e) {
            p.add(InvalidInput.Problem.of(field, "review.import.notWhole", value));
        }
    }

    private static void number(JsonGenerator g, String name, String value, String field, List<InvalidInput.Problem> p) {
        if (blank(value)) {
            return;
        }
        try {
            g.writeNumberProperty(name, new BigDecimal(value.trim().replace(',', '.')));
        } catch (NumberFormatException e) {
            p.add(InvalidInput.Problem.of(field, "reporting.notNumber", value));
        }
    }

    private static void list(JsonGenerator g, String name, List<String> values) {
        g.writeName(name);
        g.writeStartArray();
        for (String v : values) {
            if (!blank(v)) {
                g.writeString(v);
            }
        }
        g.writeEndArray();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
