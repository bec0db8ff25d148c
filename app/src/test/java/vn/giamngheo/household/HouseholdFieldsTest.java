package vn.giamngheo.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.standard.Dwelling;
import vn.giamngheo.standard.ExchangeFields;
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
        // the registry's household now is what it records plus its state, in the same order
        List<String> now = components(Household.class);
        assertThat(now.subList(1, registry.size() + 1)).containsExactlyElementsOf(registry);
    }

    @Test
    void theHouseholdPageFormHasAnInputForEveryMemberAndDwellingField() throws Exception {
        List<String> member = properties(HouseholdForm.MemberForm.class);
        assertThat(member).containsAll(components(Member.class));
        List<String> household = properties(HouseholdForm.class);
        assertThat(household).containsAll(ExchangeFields.names(ExchangeFields.DWELLING));
        assertThat(household).contains("area", "labourCapacity", "members");
    }

    private static List<String> properties(Class<?> type) throws Exception {
        return Arrays.stream(java.beans.Introspector.getBeanInfo(type).getPropertyDescriptors())
                .filter(p -> p.getWriteMethod() != null)
                .map(java.beans.PropertyDescriptor::getName)
                .toList();
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }
}
