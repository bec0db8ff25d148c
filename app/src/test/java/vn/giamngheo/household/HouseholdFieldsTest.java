package vn.giamngheo.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.standard.Dwelling;
import vn.giamngheo.standard.ExchangeFields;
import vn.giamngheo.standard.FieldValues;
import vn.giamngheo.standard.HouseholdInput;

/**
 * The household's fields are written once, in {@link ExchangeFields} (decision 1110): the records
 * that carry them in Java follow that list, so a new field that is forgotten somewhere fails here.
 */
class HouseholdFieldsTest {
    @Test
    void theExchangeRecordsHaveTheFormatsFieldsInItsOrder() {
        assertThat(components(vn.giamngheo.standard.Member.class))
                .containsExactlyElementsOf(ExchangeFields.names(ExchangeFields.MEMBER));
        assertThat(components(Dwelling.class)).containsExactlyElementsOf(ExchangeFields.names(ExchangeFields.DWELLING));
        List<String> household = ExchangeFields.names(ExchangeFields.HOUSEHOLD).stream()
                .map(n -> n.equals(ExchangeFields.LABOUR_CAPACITY) ? "labourCapacity" : n)
                .toList();
        assertThat(components(HouseholdInput.class)).containsExactlyElementsOf(household);
    }

    @Test
    void theRegistrysMemberIsTheFormatsMemberWithACitizenIdAndAYearOfBirthForTheAge() {
        List<String> expected = new ArrayList<>();
        for (String name : ExchangeFields.names(ExchangeFields.MEMBER)) {
            if (name.equals("age")) {
                expected.add("citizenId");
                expected.add("birthYear");
            } else {
                expected.add(name);
            }
        }
        assertThat(components(Member.class)).containsExactlyElementsOf(expected);
        assertThat(ExchangeFields.names(ExchangeFields.MEMBER)).containsAll(ExchangeFields.MEMBER_PERSON);
    }

    @Test
    void theRegistrysHouseholdKeepsTheFormatsHouseholdFactsBesideItsOwn() {
        List<String> registry = components(HouseholdData.class);
        assertThat(registry).contains("area", "labourCapacity", "dwelling", "members");
        List<String> own = List.of(
                "code",
                "unitId",
                "headName",
                "address",
                "phone",
                "ethnicMinority",
                "personOfMerit",
                "socialProtection",
                "femaleHead");
        List<String> facts = new ArrayList<>(registry);
        facts.removeAll(own);
        assertThat(facts)
                .as("every household fact the registry keeps is a field of the format")
                .isSubsetOf(components(HouseholdInput.class));
        // the registry's household now is what it records (one component) plus its own state
        List<String> now = components(Household.class);
        assertThat(now).contains("data").doesNotContainAnyElementsOf(registry);
    }

    @Test
    void everyMemberAndDwellingFactGoesThroughThePageFormAndBack() {
        // every fact set (none left unknown), so that a field the form forgot comes back null
        Dwelling dwelling = FieldValues.build(Dwelling.class, everyField(Dwelling.class));
        Member member = FieldValues.build(Member.class, everyField(Member.class));
        assertThat(FieldValues.of(dwelling)).doesNotContainValue(null);
        assertThat(FieldValues.of(member)).doesNotContainValue(null);
        HouseholdData data = new HouseholdData(
                "H-1", 7, "Lò Văn A", null, null, "RURAL", true, null, null, null, null, dwelling, List.of(member));
        Household h = new Household(1, data, null, null, null, null, null, 3);

        HouseholdData back = HouseholdForm.of(h).toData();

        assertThat(back.dwelling()).isEqualTo(dwelling);
        assertThat(back.members()).containsExactly(member);
        assertThat(back.labourCapacity()).isTrue();
    }

    /** A value for every component: flags true, numbers set, text a valid code or a word. */
    private static Map<String, Object> everyField(Class<? extends Record> type) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            Object value;
            if (t == Boolean.class) {
                value = Boolean.TRUE;
            } else if (t == Double.class) {
                value = 12.5;
            } else if (t == Integer.class) {
                value = 1980;
            } else {
                value = CODES.getOrDefault(c.getName(), "Kinh");
            }
            values.put(c.getName(), value);
        }
        return values;
    }

    private static final Map<String, String> CODES = Map.of(
            "name", "Lò Văn A",
            "citizenId", "011080001234",
            "sex", "M",
            "relation", "HEAD",
            "education", "PRIMARY",
            "employment", "SELF_EMPLOYED");

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }
}
