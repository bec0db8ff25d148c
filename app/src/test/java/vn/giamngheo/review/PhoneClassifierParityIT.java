package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.BrowserPages;
import vn.giamngheo.standard.AreaLines;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.DerivationRules;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.Figure;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.IndicatorDefinition;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.ReasonWording;
import vn.giamngheo.standard.ReferenceStandards;
import vn.giamngheo.standard.StandardJson;
import vn.giamngheo.standard.Warning;

/**
 * The phone's classifier (static/js/field/classify.js, run in a real headless Chromium) and the
 * server's (CampaignClassifier over PovertyClassifier) give the same class, deprived and unknown
 * indicators, reasons and warnings, worded alike, for the same households: every line of the three
 * national standards (one đồng under, at, one over; score A around its threshold), unknown incomes,
 * ticks that disagree with the facts, and members at every age boundary of the derivation rules.
 * Runs no application: the browser is the other process.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneClassifierParityIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    BrowserPages browser;
    ReasonWording wording;
    Map<String, String> words = new LinkedHashMap<>();

    @BeforeAll
    void chromiumWithTheClassifier() throws Exception {
        browser = BrowserPages.openBlank(390, 844);
        browser.driver.get("about:blank");
        String script = Files.readString(Path.of("src/main/resources/static/js/field/classify.js"));
        browser.driver.executeScript(script + "\nwindow.PhoneClassifier = PhoneClassifier;");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        wording = new ReasonWording(messages);
        Properties vi = new Properties();
        try (var in = new InputStreamReader(
                getClass().getResourceAsStream("/i18n/messages_vi.properties"), StandardCharsets.UTF_8)) {
            vi.load(in);
        }
        vi.stringPropertyNames().stream()
                .filter(k -> k.startsWith("reason.") || k.startsWith("warning."))
                .forEach(k -> words.put(k, vi.getProperty(k)));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void thePhoneAndTheServerClassifyEveryBoundaryAlike() throws Exception {
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (PovertyStandard standard : ReferenceStandards.national()) {
            List<String> lines = households(standard);
            String results = (String) browser.driver.executeScript(
                    "var s = JSON.parse(arguments[0]), w = JSON.parse(arguments[1]);"
                            + " return JSON.stringify(JSON.parse(arguments[2]).map(function (h) {"
                            + "  var c = PhoneClassifier.classify(h, s);"
                            + "  if (c.problem) { return { problem: c.problem.code }; }"
                            + "  return { householdClass: c.householdClass, deprivations: c.deprivations, unknown: c.unknown,"
                            + "   reasons: c.reasons.map(function (r) { return PhoneClassifier.wordReason(r, w); }),"
                            + "   warnings: c.warnings.map(function (x) { return x.code + (x.indicator ? ':' + x.indicator + ':' + x.ticked : ''); }),"
                            + "   warningTexts: c.warnings.map(function (x) { return PhoneClassifier.wordWarning(x, w); }) }; }));",
                    StandardJson.write(standard),
                    JSON.writeValueAsString(words),
                    "[" + String.join(",", lines) + "]");
            JsonNode phone = JSON.readTree(results);
            assertThat(phone.size()).isEqualTo(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                String expected = JSON.writeValueAsString(server(standard, lines.get(i)));
                String actual = JSON.writeValueAsString(phone.get(i));
                if (!JSON.readTree(expected).equals(JSON.readTree(actual))) {
                    differences.add(
                            standard.id() + " " + lines.get(i) + "\n  server " + expected + "\n  phone  " + actual);
                }
                compared++;
            }
        }
        assertThat(differences).as("households classified differently").isEmpty();
        assertThat(compared).isGreaterThan(3000);
    }

    /** What the server answers, in the shape the script above gives the phone's answer. */
    private Map<String, Object> server(PovertyStandard standard, String line) {
        HouseholdInput h = ExchangeFormat.parse(line);
        Map<String, Object> out = new LinkedHashMap<>();
        Classification c;
        try {
            c = CampaignClassifier.classify(CampaignKind.PERIODIC, standard, h);
        } catch (vn.giamngheo.shared.InvalidInput notUsed) {
            out.put("problem", "notIndicator");
            return out;
        }
        out.put("householdClass", c.householdClass().name());
        out.put("deprivations", c.deprivations().codes());
        out.put("unknown", c.unknown().codes());
        out.put("reasons", wording.reasons(c.reasons(), Locale.forLanguageTag("vi")));
        out.put(
                "warnings",
                c.warnings().stream()
                        .map(w -> w instanceof Warning.TickVersusFacts t
                                ? "TICK_VERSUS_FACTS:" + t.indicator() + ":" + t.ticked()
                                : w instanceof Warning.ScoreVersusIncome ? "SCORE_VERSUS_INCOME" : "NO_MEMBERS")
                        .toList());
        out.put("warningTexts", wording.warnings(c.warnings(), Locale.forLanguageTag("vi")));
        return out;
    }

    /** Exchange-format lines crossing incomes, scores, ticks and members for one standard. */
    static List<String> households(PovertyStandard s) {
        List<String> incomes = new ArrayList<>();
        incomes.add(null);
        for (AreaLines l : List.of(s.lines().rural(), s.lines().urban())) {
            for (Figure f : new Figure[] {l.lowerLine(), l.line(), l.middleUpper()}) {
                if (f != null) {
                    for (long d = -1; d <= 1; d++) {
                        incomes.add(Long.toString(f.value() + d));
                    }
                }
            }
        }
        List<String> scores = new ArrayList<>();
        scores.add(null);
        for (AreaLines l : List.of(s.lines().rural(), s.lines().urban())) {
            if (l.scoreAMax() != null) {
                scores.add(Double.toString(l.scoreAMax().value() - 0.5));
                scores.add(Long.toString(l.scoreAMax().value()));
                scores.add(Double.toString(l.scoreAMax().value() + 0.5));
            }
        }
        scores.add("100");
        List<String> used = s.indicators().stream()
                .map(IndicatorDefinition::code)
                .map(Enum::name)
                .toList();
        List<String> ticks = new ArrayList<>();
        ticks.add(null);
        ticks.add("[]");
        for (int n = 1; n <= 4; n++) {
            ticks.add(JSON.writeValueAsString(used.subList(0, n)));
            ticks.add(JSON.writeValueAsString(used.subList(used.size() - n, used.size())));
        }
        ticks.add(unusedTick(used));
        List<String> families = families(s.derivation());
        List<String> out = new ArrayList<>();
        Random random = new Random(17);
        int n = 0;
        for (String area : List.of("RURAL", "URBAN")) {
            for (String income : incomes) {
                for (String score : scores) {
                    for (String tick : ticks) {
                        // every family with no ticks and with all-tick variants; a sample of the rest
                        for (int f = 0; f < families.size(); f++) {
                            if (tick != null && !tick.equals("[]") && random.nextInt(4) != 0) {
                                continue;
                            }
                            StringBuilder b =
                                    new StringBuilder("{\"ref\":\"P" + (n++) + "\",\"area\":\"" + area + "\"");
                            if (income != null) {
                                b.append(",\"incomePerCapita\":").append(income);
                            }
                            if (score != null) {
                                b.append(",\"scoreA\":").append(score);
                            }
                            if (tick != null) {
                                b.append(",\"deprivations\":").append(tick);
                            }
                            b.append(families.get(f)).append('}');
                            out.add(b.toString());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A tick the standard does not use: both sides refuse it. */
    private static String unusedTick(List<String> used) {
        for (String code : List.of("WASTE", "INFO_ASSETS", "INFO_ACCESS", "NUTRITION", "EMPLOYMENT")) {
            if (!used.contains(code)) {
                return "[\"" + code + "\"]";
            }
        }
        return "[]";
    }

    /** Members and dwellings: none, unknown facts, and members at each age boundary (one under, at). */
    static List<String> families(DerivationRules r) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(",\"members\":[]");
        out.add(",\"members\":[{\"name\":\"A\"}],\"dwelling\":{}");
        String poorDwelling = ",\"dwelling\":{\"livingAreaM2\":%s,\"wallDurable\":false,\"columnDurable\":false,"
                + "\"roofDurable\":true,\"cleanWater\":false,\"hygienicLatrine\":false,\"telecom\":false,"
                + "\"infoDevice\":false,\"loudspeakerAccess\":false,\"wasteCollected\":false}";
        String goodDwelling = ",\"dwelling\":{\"livingAreaM2\":%s,\"wallDurable\":true,\"columnDurable\":true,"
                + "\"roofDurable\":true,\"cleanWater\":true,\"hygienicLatrine\":true,\"telecom\":true,"
                + "\"infoDevice\":true,\"loudspeakerAccess\":null,\"wasteCollected\":true}";
        String partDwelling = ",\"dwelling\":{\"wallDurable\":false,\"columnDurable\":null,\"roofDurable\":true,"
                + "\"cleanWater\":null,\"infoDevice\":false}";
        List<Integer> ages = new ArrayList<>();
        for (Figure f : new Figure[] {
            r.workingAgeFrom(),
            r.workingAgeBelow(),
            r.childAgeBelow(),
            r.elderlyAgeFrom(),
            r.insuranceAgeFrom(),
            r.schoolingAgeFrom(),
            r.schoolingAgeBelow(),
            r.adultEducation().ageFrom(),
            r.adultEducation().upperSecondaryFromAge()
        }) {
            if (f != null) {
                ages.add(f.intValue() - 1);
                ages.add(f.intValue());
            }
        }
        ages.add(r.adultEducation().maxAge());
        ages.add(r.adultEducation().maxAge() + 1);
        String[] educations = {"NONE", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "VOCATIONAL", null};
        String[] employments = {"UNEMPLOYED", "WAGE_NO_CONTRACT", "SELF_EMPLOYED", null};
        int i = 0;
        for (int age : ages) {
            String member = "{\"name\":\"B\",\"age\":" + age + ",\"healthInsured\":" + (i % 3 == 0 ? "false" : "true")
                    + ",\"inSchool\":" + (i % 2 == 0 ? "false" : "null")
                    + ",\"stunted\":" + (i % 4 == 0 ? "true" : "false")
                    + (educations[i % educations.length] == null
                            ? ""
                            : ",\"education\":\"" + educations[i % educations.length] + "\"")
                    + (employments[i % employments.length] == null
                            ? ""
                            : ",\"employment\":\"" + employments[i % employments.length] + "\"")
                    + ",\"disabled\":" + (i % 5 == 0 ? "null" : "false") + "}";
            String adult = "{\"name\":\"C\",\"age\":40,\"healthInsured\":true,\"education\":\"UPPER_SECONDARY\","
                    + "\"employment\":\"SELF_EMPLOYED\",\"disabled\":false,\"socialAllowance\":false}";
            String noAge = "{\"name\":\"D\",\"education\":\"PRIMARY\",\"inSchool\":false}";
            String members =
                    ",\"members\":[" + member + (i % 2 == 0 ? "," + adult : "") + (i % 3 == 1 ? "," + noAge : "") + "]";
            // living area one m² under, at, over 8 per person for this household's size
            int size = 1 + (i % 2 == 0 ? 1 : 0) + (i % 3 == 1 ? 1 : 0);
            long perPerson = r.livingAreaPerPersonBelowM2().value();
            String area = Double.toString(perPerson * size + (i % 3) - 1);
            String dwelling = switch (i % 3) {
                case 0 -> String.format(poorDwelling, area);
                case 1 -> String.format(goodDwelling, area);
                default -> partDwelling;
            };
            out.add(members + dwelling);
            i++;
        }
        return out;
    }
}
