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

    static final List<String> MEMBER_FLAGS = List.of(
            "healthInsured", "stunted", "underweight", "inSchool", "disabled", "socialAllowance", "personOfMerit");
    static final List<String> MEMBER_CHOICES = List.of("sex", "relation", "education", "employment");
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
            g.writeStartObject();
            number(g, "livingAreaM2", form.getFirst("dwelling.livingAreaM2"), "dwelling.livingAreaM2", problems);
            for (String f : DWELLING) {
                flag(g, f, form.getFirst("dwelling." + f));
            }
            g.writeEndObject();
            g.writeName("members");
            g.writeStartArray();
            for (int i = 0; i < MAX_MEMBERS; i++) {
                String p = "members[" + i + "].";
                if (blank(form.getFirst(p + "name"))) {
                    continue;
                }
                g.writeStartObject();
                text(g, "name", form.getFirst(p + "name"));
                whole(g, "age", form.getFirst(p + "age"), p + "age", problems);
                for (String c : MEMBER_CHOICES) {
                    text(g, c, form.getFirst(p + c));
                }
                text(g, "ethnicity", form.getFirst(p + "ethnicity"));
                for (String f : MEMBER_FLAGS) {
                    flag(g, f, form.getFirst(p + f));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return ExchangeFormat.parse(out.toString());
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
