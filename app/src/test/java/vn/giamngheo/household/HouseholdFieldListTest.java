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
    void theOfflineSurveyAppAsksTheYesNoFactsOfTheList() throws IOException {
        String app = text("/static/js/field/app.js");
        assertThat(jsList(app, "DWELLING"))
                .containsExactlyElementsOf(ExchangeFields.names(ExchangeFields.DWELLING, Kind.BOOLEAN));
        assertThat(jsList(app, "FLAGS"))
                .containsExactlyElementsOf(ExchangeFields.names(ExchangeFields.MEMBER, Kind.BOOLEAN));
    }

    private static List<String> yesNo() {
        List<String> names = new java.util.ArrayList<>(ExchangeFields.names(ExchangeFields.DWELLING, Kind.BOOLEAN));
        names.addAll(ExchangeFields.names(ExchangeFields.MEMBER, Kind.BOOLEAN));
        return names;
    }

    private static List<String> jsList(String js, String name) {
        Matcher m = Pattern.compile("var " + name + " = \\[([^\\]]*)\\];").matcher(js);
        assertThat(m.find()).as("var " + name + " in app.js").isTrue();
        return Arrays.stream(m.group(1).split(","))
                .map(s -> s.trim().replace("'", ""))
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
