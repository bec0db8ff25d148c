package vn.giamngheo.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.giamngheo.standard.ExchangeFields;
import vn.giamngheo.standard.ExchangeFields.Kind;

/**
 * What shows a household's facts follows the one field list, {@link ExchangeFields}
 * (docs/decisions/1130): a field added to the list and its record but forgotten in a label, the
 * household page form or the offline survey app fails here. The records are checked by
 * HouseholdFieldsTest, the CSV and XLSX columns by CsvColumnsTest and SurveyColumnsFieldsTest.
 */
class HouseholdFieldListTest {
    @Test
    void everyMemberAndDwellingFieldHasALabelInEveryLanguage() throws IOException {
        for (String bundle : List.of("messages_vi", "messages_en", "messages")) {
            Properties words = bundle(bundle);
            for (String name : ExchangeFields.names(ExchangeFields.DWELLING)) {
                assertThat(words).as(bundle + ": dwelling." + name).containsKey("dwelling." + name);
            }
            for (String name : ExchangeFields.names(ExchangeFields.MEMBER)) {
                assertThat(words).as(bundle + ": member." + name).containsKey("member." + name);
            }
        }
    }

    @Test
    void theHouseholdFormAsksTheYesNoFactsOfTheListAndNamesNoneItself() throws IOException {
        String form = text("/templates/households/form.html");
        assertThat(form).contains("${dwellingFlags}").contains("${memberFlags}");
        for (String name : yesNo()) {
            assertThat(form).as(name + " written in the template").doesNotContain("'" + name + "'");
        }
    }

    @Test
    void theOfflineSurveyAppHoldsNoCopyOfTheFieldsOrTheirCodes() throws IOException {
        // the page carries the list (FieldLists) and app.js draws the form from it
        String app = text("/static/js/field/app.js");
        for (List<ExchangeFields.Field> fields :
                List.of(ExchangeFields.HOUSEHOLD, ExchangeFields.MEMBER, ExchangeFields.DWELLING)) {
            for (ExchangeFields.Field f : fields) {
                for (String code : f.codeNames()) {
                    assertThat(app).as("code " + code + " written in app.js").doesNotContain("'" + code + "'");
                }
            }
        }
        for (String name : yesNo()) {
            assertThat(app)
                    .as(name + " written in app.js")
                    .doesNotContain("'" + name + "'")
                    .doesNotContain("." + name + ")");
        }
        assertThat(text("/templates/field/app.html")).contains("id=\"field-lists\"");
    }

    @Test
    void thePhonesClassifierKnowsTheEducationLevelsAndIndicatorsInTheServersOrder() throws IOException {
        // classify.js uses the order of the levels and of the indicators' bits: it must be the enums'
        String classify = text("/static/js/field/classify.js");
        assertThat(jsList(classify, "EDUCATION"))
                .containsExactlyElementsOf(
                        ExchangeFields.field(ExchangeFields.MEMBER, "education").codeNames());
        assertThat(jsList(classify, "INDICATORS"))
                .containsExactlyElementsOf(Arrays.stream(vn.giamngheo.standard.Indicator.values())
                        .map(Enum::name)
                        .toList());
    }

    private static List<String> yesNo() {
        List<String> names = new java.util.ArrayList<>(ExchangeFields.names(ExchangeFields.DWELLING, Kind.BOOLEAN));
        names.addAll(ExchangeFields.names(ExchangeFields.MEMBER, Kind.BOOLEAN));
        return names;
    }

    private static List<String> jsList(String js, String name) {
        Matcher m = Pattern.compile("var " + name + " = \\[([^\\]]*)\\];", Pattern.DOTALL)
                .matcher(js);
        assertThat(m.find()).as("var " + name + " in app.js").isTrue();
        return Arrays.stream(m.group(1).split(","))
                .map(s -> s.trim().replace("'", ""))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HouseholdFieldListTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = HouseholdFieldListTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
