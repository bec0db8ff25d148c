package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.review.CsvHouseholdSource.Type;

/**
 * The CSV columns, now derived from the one field list (decision 1110), are exactly the columns
 * the import documented and read before (docs/review-import.md): same names, types and order.
 */
class CsvColumnsTest {
    @Test
    void theColumnsDerivedFromTheFieldListAreTheDocumentedOnes() {
        // today's documented columns stay, with their types and in their order; a field added to
        // the list adds its column after them (docs/decisions/1160), so this list is not edited for it
        assertThat(CsvHouseholdSource.HOUSEHOLD.entrySet())
                .containsSubsequence(spec("ref STRING area STRING incomePerCapita INTEGER scoreA NUMBER"
                                + " deprivations CODES laborCapacity BOOLEAN causes CODES recognizedClass STRING"
                                + " dwelling.livingAreaM2 NUMBER dwelling.wallDurable BOOLEAN dwelling.columnDurable BOOLEAN"
                                + " dwelling.roofDurable BOOLEAN dwelling.cleanWater BOOLEAN dwelling.hygienicLatrine BOOLEAN"
                                + " dwelling.telecom BOOLEAN dwelling.infoDevice BOOLEAN dwelling.loudspeakerAccess BOOLEAN"
                                + " dwelling.wasteCollected BOOLEAN")
                        .entrySet());
        assertThat(CsvHouseholdSource.MEMBER.entrySet())
                .containsSubsequence(spec("member.name STRING member.age INTEGER member.sex STRING"
                                + " member.relation STRING member.ethnicity STRING member.healthInsured BOOLEAN"
                                + " member.stunted BOOLEAN member.underweight BOOLEAN member.education STRING"
                                + " member.inSchool BOOLEAN member.employment STRING member.disabled BOOLEAN"
                                + " member.socialAllowance BOOLEAN member.personOfMerit BOOLEAN")
                        .entrySet());
    }

    @Test
    void everyFieldOfTheListHasItsColumn() {
        for (vn.giamngheo.standard.ExchangeFields.Field f : vn.giamngheo.standard.ExchangeFields.DWELLING) {
            assertThat(CsvHouseholdSource.HOUSEHOLD).containsKey("dwelling." + f.name());
        }
        for (vn.giamngheo.standard.ExchangeFields.Field f : vn.giamngheo.standard.ExchangeFields.MEMBER) {
            assertThat(CsvHouseholdSource.MEMBER).containsKey("member." + f.name());
        }
    }

    private static Map<String, Type> spec(String spec) {
        String[] parts = spec.split(" ");
        Map<String, Type> map = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i += 2) {
            map.put(parts[i], Type.valueOf(parts[i + 1]));
        }
        return map;
    }
}
