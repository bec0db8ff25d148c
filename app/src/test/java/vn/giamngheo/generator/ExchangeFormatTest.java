package vn.giamngheo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every generated line is a valid household of the exchange format, and a plausible one. */
class ExchangeFormatTest {
    private static final Set<String> HOUSEHOLD_FIELDS = Set.of(
            "ref",
            "area",
            "incomePerCapita",
            "scoreA",
            "deprivations",
            "members",
            "dwelling",
            "laborCapacity",
            "causes",
            "recognizedClass");
    private static final Set<String> MEMBER_FIELDS = Set.of(
            "name",
            "age",
            "sex",
            "relation",
            "ethnicity",
            "healthInsured",
            "stunted",
            "underweight",
            "education",
            "inSchool",
            "employment",
            "disabled",
            "socialAllowance",
            "personOfMerit");
    private static final Set<String> DWELLING_BOOLEANS = Set.of(
            "wallDurable",
            "columnDurable",
            "roofDurable",
            "cleanWater",
            "hygienicLatrine",
            "telecom",
            "infoDevice",
            "loudspeakerAccess",
            "wasteCollected");
    private static final Set<String> ND07_INDICATORS = Set.of(
            "EMPLOYMENT",
            "DEPENDANTS",
            "NUTRITION",
            "HEALTH_INSURANCE",
            "ADULT_EDUCATION",
            "CHILD_SCHOOLING",
            "HOUSING_QUALITY",
            "HOUSING_AREA",
            "WATER",
            "SANITATION",
            "TELECOM",
            "INFO_ACCESS");
    private static final Set<String> CAUSES =
            Set.of("LAND", "CAPITAL", "LABOUR", "TOOLS", "KNOWLEDGE", "SKILLS", "ILLNESS", "OTHER");
    private static final Set<String> RELATIONS = Set.of("HEAD", "SPOUSE", "CHILD", "PARENT", "GRANDCHILD", "OTHER");
    private static final Set<String> EDUCATION =
            Set.of("NONE", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "VOCATIONAL", "COLLEGE_PLUS");
    private static final Set<String> EMPLOYMENT =
            Set.of("WAGE_WITH_CONTRACT", "WAGE_NO_CONTRACT", "SELF_EMPLOYED", "UNEMPLOYED", "NOT_IN_LABOUR_FORCE");
    private static final Set<String> MEMBER_BOOLEANS = Set.of(
            "healthInsured", "stunted", "underweight", "inSchool", "disabled", "socialAllowance", "personOfMerit");

    private static final List<JsonNode> SAMPLE = new ArrayList<>();
    private static final List<String> PROBLEMS = new ArrayList<>();

    @BeforeAll
    static void generate() {
        GeneratedLines.forEach(20_000, 7, 2025, line -> {
            JsonNode h = GeneratedLines.JSON.readTree(line);
            SAMPLE.add(h);
            check(h, line);
        });
    }

    @Test
    void everyLineHasOnlyKnownFieldsWithValidTypesAndValues() {
        assertThat(SAMPLE).hasSize(20_000);
        assertThat(PROBLEMS).isEmpty();
    }

    @Test
    void everyHouseholdHasExactlyOneHeadListedFirst() {
        for (JsonNode h : SAMPLE) {
            List<String> relations = relations(h);
            assertThat(relations).as(h.get("ref").stringValue()).startsWith("HEAD");
            assertThat(relations.stream().filter("HEAD"::equals)).hasSize(1);
            assertThat(relations.stream().filter("SPOUSE"::equals).count()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void childrenAreAGenerationYoungerThanTheHeadAndParentsAGenerationOlder() {
        for (JsonNode h : SAMPLE) {
            int head = h.get("members").get(0).get("age").intValue();
            assertThat(head).isBetween(17, 105);
            for (JsonNode m : h.get("members")) {
                int age = m.get("age").intValue();
                String ref = h.get("ref").stringValue();
                switch (m.get("relation").stringValue()) {
                    case "CHILD" -> assertThat(age).as(ref).isLessThanOrEqualTo(head - 18);
                    case "GRANDCHILD" -> assertThat(age).as(ref).isLessThanOrEqualTo(head - 36);
                    case "PARENT" -> assertThat(age).as(ref).isGreaterThanOrEqualTo(head + 20);
                    case "SPOUSE" -> assertThat(age).as(ref).isGreaterThanOrEqualTo(17);
                    default -> assertThat(age).as(ref).isBetween(0, 110);
                }
            }
        }
    }

    @Test
    void householdsHaveOneToTenMembersAndAboutThreeAndAHalfOnAverage() {
        Map<Integer, Integer> bySize = new HashMap<>();
        long members = 0;
        for (JsonNode h : SAMPLE) {
            bySize.merge(h.get("members").size(), 1, Integer::sum);
            members += h.get("members").size();
        }
        assertThat(bySize.keySet()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat((double) members / SAMPLE.size()).isBetween(3.4, 3.8);
    }

    @Test
    void everyPathOfTheFormatIsExercised() {
        Set<String> seen = new HashSet<>();
        for (JsonNode h : SAMPLE) {
            seen.add(h.has("incomePerCapita") ? "income" : h.has("scoreA") ? "score" : "no income");
            seen.add(h.has("deprivations") ? (h.has("dwelling") ? "ticks and facts" : "ticks only") : "facts only");
            seen.add(h.get("area").stringValue());
            if (h.has("incomePerCapita")) {
                long line = h.get("area").stringValue().equals("URBAN") ? 2_000_000 : 1_500_000;
                if (h.get("incomePerCapita").longValue() == line) {
                    seen.add("income exactly on the line");
                }
            }
            if (h.has("deprivations") && h.has("dwelling")) {
                if (!new HashSet<>(RuleCheck.fromFacts(h)).equals(new HashSet<>(values(h.get("deprivations"))))) {
                    seen.add("ticks disagree with facts");
                }
            }
            if (h.has("laborCapacity") && !h.get("laborCapacity").booleanValue()) {
                seen.add("no labour capacity");
            }
        }
        assertThat(seen)
                .contains(
                        "income",
                        "score",
                        "no income",
                        "ticks and facts",
                        "ticks only",
                        "facts only",
                        "RURAL",
                        "URBAN",
                        "income exactly on the line",
                        "ticks disagree with facts",
                        "no labour capacity");
    }

    @Test
    void ethnicityFollowsTheCommune() {
        Map<String, Set<String>> byDistrict = new HashMap<>();
        int dakAngHeads = 0;
        int dakAngMinorityHeads = 0;
        for (JsonNode h : SAMPLE) {
            String ref = h.get("ref").stringValue();
            String district = ref.substring(0, ref.indexOf('/', ref.indexOf('/') + 1));
            for (JsonNode m : h.get("members")) {
                byDistrict
                        .computeIfAbsent(district, k -> new HashSet<>())
                        .add(m.get("ethnicity").stringValue());
            }
            if (ref.startsWith("kon-tum/ngoc-hoi/dak-ang/")) {
                dakAngHeads++;
                if (!h.get("members").get(0).get("ethnicity").stringValue().equals("Kinh")) {
                    dakAngMinorityHeads++;
                }
            }
        }
        assertThat(byDistrict.get("thanh-hoa/tho-xuan")).containsExactlyInAnyOrder("Kinh", "Mường");
        assertThat(byDistrict.get("thai-nguyen/vo-nhai")).contains("Tày", "Nùng", "Dao", "Mông", "Kinh");
        assertThat(byDistrict.get("kon-tum/ngoc-hoi")).contains("Giẻ Triêng", "Xơ Đăng", "Ba Na", "Kinh");
        assertThat(dakAngHeads).isGreaterThan(100);
        assertThat(dakAngMinorityHeads)
                .as("seed 003: 1,094 of 1,094 households in Đăk Ang are minority")
                .isEqualTo(dakAngHeads);
    }

    @Test
    void namesFollowTheNamingCustoms() {
        for (JsonNode h : SAMPLE) {
            for (JsonNode m : h.get("members")) {
                String name = m.get("name").stringValue();
                String ethnicity = m.get("ethnicity").stringValue();
                boolean male = m.get("sex").stringValue().equals("M");
                if (Set.of("Xơ Đăng", "Giẻ Triêng", "Ba Na").contains(ethnicity)) {
                    assertThat(name).startsWith(male ? "A " : "Y ");
                    assertThat(name.split(" ")).hasSize(2);
                } else {
                    assertThat(name.split(" ")).hasSize(3);
                }
                if (ethnicity.equals("Kinh")) {
                    assertThat(name.split(" ")[0])
                            .isIn(
                                    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
                                    "Dương", "Phan", "Trịnh", "Mai", "Lưu", "Hà", "Đinh", "Lý", "Đào");
                }
            }
        }
    }

    private static List<String> relations(JsonNode h) {
        List<String> out = new ArrayList<>();
        h.get("members").forEach(m -> out.add(m.get("relation").stringValue()));
        return out;
    }

    private static List<String> values(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.stringValue()));
        return out;
    }

    private static void check(JsonNode h, String line) {
        String where = line.substring(0, Math.min(80, line.length()));
        problem(h.isObject(), where, "not an object");
        for (String field : h.propertyNames()) {
            problem(HOUSEHOLD_FIELDS.contains(field), where, "unknown field " + field);
            problem(!h.get(field).isNull(), where, "null " + field);
        }
        problem(
                h.path("ref").isString() && h.get("ref").stringValue().matches("[a-z0-9-]+(/[a-z0-9-]+){3}/\\d{4}"),
                where,
                "ref");
        problem(Set.of("RURAL", "URBAN").contains(h.path("area").asString("")), where, "area");
        problem(!h.has("incomePerCapita") || h.get("incomePerCapita").isIntegralNumber(), where, "income");
        problem(!h.has("scoreA") || h.get("scoreA").isNumber(), where, "scoreA");
        problem(!h.has("laborCapacity") || h.get("laborCapacity").isBoolean(), where, "laborCapacity");
        problem(!h.has("recognizedClass"), where, "recognizedClass belongs to baseline imports only");
        enumArray(h, "deprivations", ND07_INDICATORS, where);
        enumArray(h, "causes", CAUSES, where);
        problem(
                h.path("members").isArray()
                        && h.get("members").size() >= 1
                        && h.get("members").size() <= 10,
                where,
                "members");
        for (JsonNode m : h.path("members")) {
            for (String field : m.propertyNames()) {
                problem(MEMBER_FIELDS.contains(field), where, "unknown member field " + field);
                problem(!MEMBER_BOOLEANS.contains(field) || m.get(field).isBoolean(), where, "boolean " + field);
            }
            problem(m.path("name").isString() && !m.get("name").stringValue().isBlank(), where, "name");
            problem(m.path("age").isIntegralNumber(), where, "age");
            problem(Set.of("M", "F").contains(m.path("sex").asString("")), where, "sex");
            problem(RELATIONS.contains(m.path("relation").asString("")), where, "relation");
            problem(m.path("ethnicity").isString(), where, "ethnicity");
            problem(!m.has("education") || EDUCATION.contains(m.get("education").stringValue()), where, "education");
            problem(
                    !m.has("employment")
                            || EMPLOYMENT.contains(m.get("employment").stringValue()),
                    where,
                    "job");
            int age = m.path("age").asInt();
            problem(!m.has("stunted") || age < 16, where, "stunted is for children under 16");
            problem(!m.has("education") || age >= 6, where, "education before school age");
            problem(!m.has("employment") || age >= 15, where, "employment under 15");
        }
        if (h.has("dwelling")) {
            JsonNode d = h.get("dwelling");
            for (String field : d.propertyNames()) {
                problem(DWELLING_BOOLEANS.contains(field) || field.equals("livingAreaM2"), where, "dwelling " + field);
                problem(
                        field.equals("livingAreaM2")
                                ? d.get(field).isNumber()
                                : d.get(field).isBoolean(),
                        where,
                        field);
            }
        }
    }

    private static void enumArray(JsonNode h, String field, Set<String> allowed, String where) {
        if (!h.has(field)) {
            return;
        }
        problem(h.get(field).isArray(), where, field + " is not an array");
        for (JsonNode v : h.get(field)) {
            problem(v.isString() && allowed.contains(v.stringValue()), where, field + " value " + v);
        }
    }

    private static void problem(boolean ok, String where, String what) {
        if (!ok && PROBLEMS.size() < 20) {
            PROBLEMS.add(what + " in " + where);
        }
    }
}
