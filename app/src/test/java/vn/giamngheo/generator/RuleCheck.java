package vn.giamngheo.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A deliberately small, test-only reading of the NĐ 07/2021 rule (docs/domain/poverty-standards.md §3, §4), to
 * check that the generated facts give the aimed rates. Not the classifier: that lives in the
 * standard module and is written independently of the generator.
 */
final class RuleCheck {
    enum Result {
        POOR,
        NEAR_POOR,
        ABOVE_LINE,
        UNDETERMINED
    }

    private static final Map<String, Integer> LEVEL = Map.of(
            "NONE", 0, "PRIMARY", 1, "LOWER_SECONDARY", 2, "UPPER_SECONDARY", 3, "VOCATIONAL", 3, "COLLEGE_PLUS", 4);

    private RuleCheck() {}

    static Result classify(JsonNode h) {
        boolean urban = h.get("area").stringValue().equals("URBAN");
        Boolean low = null;
        if (h.has("incomePerCapita")) {
            low = h.get("incomePerCapita").longValue() <= (urban ? 2_000_000 : 1_500_000);
        } else if (h.has("scoreA")) {
            low = h.get("scoreA").doubleValue() <= (urban ? 175 : 140);
        }
        if (low == null) {
            return Result.UNDETERMINED;
        }
        if (!low) {
            return Result.ABOVE_LINE;
        }
        return deprivedCount(h) >= 3 ? Result.POOR : Result.NEAR_POOR;
    }

    /** The ticks when the reviewer gave them (they decide), otherwise what the facts show. */
    static int deprivedCount(JsonNode h) {
        return h.has("deprivations")
                ? h.get("deprivations").size()
                : fromFacts(h).size();
    }

    static List<String> fromFacts(JsonNode h) {
        List<String> deprived = new ArrayList<>();
        JsonNode members = h.get("members");
        JsonNode d = h.get("dwelling");
        int n = members.size();
        int dependants = 0;
        boolean employment = false;
        boolean nutrition = false;
        boolean insurance = false;
        boolean adultEducation = false;
        boolean childSchooling = false;
        for (JsonNode m : members) {
            int age = m.get("age").intValue();
            String job = m.path("employment").asString("");
            employment |= age >= 15 && age < 60 && (job.equals("UNEMPLOYED") || job.equals("WAGE_NO_CONTRACT"));
            if (age < 16 || age >= 60 || flag(m, "disabled") || flag(m, "socialAllowance")) {
                dependants++;
            }
            nutrition |= age < 16 && (flag(m, "stunted") || flag(m, "underweight"));
            insurance |= age >= 6 && !flag(m, "healthInsured");
            if (age >= 16 && age <= 30 && !flag(m, "inSchool")) {
                int level = LEVEL.getOrDefault(m.path("education").asString("NONE"), 0);
                adultEducation |= age < 18 ? level < 2 : level < 3;
            }
            childSchooling |= age >= 3 && age < 16 && !flag(m, "inSchool");
        }
        add(deprived, employment, "EMPLOYMENT");
        add(deprived, 2 * dependants > n, "DEPENDANTS");
        add(deprived, nutrition, "NUTRITION");
        add(deprived, insurance, "HEALTH_INSURANCE");
        add(deprived, adultEducation, "ADULT_EDUCATION");
        add(deprived, childSchooling, "CHILD_SCHOOLING");
        int nonDurable = (flag(d, "wallDurable") ? 0 : 1)
                + (flag(d, "columnDurable") ? 0 : 1)
                + (flag(d, "roofDurable") ? 0 : 1);
        add(deprived, nonDurable >= 2, "HOUSING_QUALITY");
        add(deprived, d.get("livingAreaM2").doubleValue() < 8.0 * n, "HOUSING_AREA");
        add(deprived, !flag(d, "cleanWater"), "WATER");
        add(deprived, !flag(d, "hygienicLatrine"), "SANITATION");
        add(deprived, !flag(d, "telecom"), "TELECOM");
        add(deprived, !flag(d, "infoDevice") && !flag(d, "loudspeakerAccess"), "INFO_ACCESS");
        return deprived;
    }

    private static boolean flag(JsonNode node, String field) {
        return node.path(field).asBoolean(false);
    }

    private static void add(List<String> list, boolean deprived, String code) {
        if (deprived) {
            list.add(code);
        }
    }
}
