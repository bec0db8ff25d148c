package vn.giamngheo.household;

import java.util.List;
import vn.giamngheo.standard.Dwelling;

/**
 * What an official records about a household. The group flags may be left null: they are then
 * derived from the members (a female head; a member of an ethnic minority, i.e. not Kinh; a person
 * of merit; a member receiving a monthly social allowance) — docs/domain/poverty-standards.md §5.
 */
public record HouseholdData(
        String code,
        long unitId,
        String headName,
        String address,
        String phone,
        String area,
        Boolean labourCapacity,
        Boolean ethnicMinority,
        Boolean personOfMerit,
        Boolean socialProtection,
        Boolean femaleHead,
        Dwelling dwelling,
        List<Member> members) {

    public HouseholdData {
        members = members == null ? List.of() : List.copyOf(members);
        dwelling = dwelling == null ? Dwelling.unknown() : dwelling;
    }

    /** The same data with every group flag that was left null derived from the members. */
    HouseholdData withDerivedGroups() {
        boolean female = members.stream().anyMatch(m -> m.isHead() && "F".equals(m.sex()));
        boolean minority = members.stream()
                .anyMatch(m -> m.ethnicity() != null
                        && !m.ethnicity().isBlank()
                        && !m.ethnicity().trim().equalsIgnoreCase("Kinh"));
        boolean merit = members.stream().anyMatch(m -> Boolean.TRUE.equals(m.personOfMerit()));
        boolean protection = members.stream().anyMatch(m -> Boolean.TRUE.equals(m.socialAllowance()));
        return with(
                unitId,
                ethnicMinority != null ? ethnicMinority : minority,
                personOfMerit != null ? personOfMerit : merit,
                socialProtection != null ? socialProtection : protection,
                femaleHead != null ? femaleHead : female);
    }

    /** The same data in another unit: a household moved to another village or commune. */
    HouseholdData inUnit(long unit) {
        return with(unit, ethnicMinority, personOfMerit, socialProtection, femaleHead);
    }

    private HouseholdData with(long unit, Boolean minority, Boolean merit, Boolean protection, Boolean female) {
        return new HouseholdData(
                code,
                unit,
                headName,
                address,
                phone,
                area,
                labourCapacity,
                minority,
                merit,
                protection,
                female,
                dwelling,
                members);
    }
}
