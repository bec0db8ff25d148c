package vn.giamngheo.review;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.household.Dwelling;
import vn.giamngheo.household.HouseholdData;
import vn.giamngheo.household.Member;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.standard.HouseholdInput;

/**
 * A household of the exchange format as the registry records it, for households a campaign
 * registers: the head is the member with relation HEAD; ages become years of birth counted from
 * the campaign's year (the registry outlives a review); groups are derived by the registry.
 */
final class RegistryForm {
    private RegistryForm() {}

    static HouseholdData of(HouseholdInput in, String code, long unitId, int referenceYear) {
        List<Member> members = new ArrayList<>();
        String head = null;
        if (in.members() != null) {
            for (var m : in.members()) {
                if (m.relation() == vn.giamngheo.standard.Member.Relation.HEAD && head == null) {
                    head = m.name();
                }
                members.add(new Member(
                        m.name(),
                        null,
                        m.age() == null ? null : referenceYear - m.age(),
                        name(m.sex()),
                        name(m.relation()),
                        m.ethnicity(),
                        m.healthInsured(),
                        m.stunted(),
                        m.underweight(),
                        name(m.education()),
                        m.inSchool(),
                        name(m.employment()),
                        m.disabled(),
                        m.socialAllowance(),
                        m.personOfMerit()));
            }
        }
        var d = in.dwelling();
        Dwelling dwelling = d == null
                ? Dwelling.unknown()
                : new Dwelling(
                        d.livingAreaM2(),
                        d.wallDurable(),
                        d.columnDurable(),
                        d.roofDurable(),
                        d.cleanWater(),
                        d.hygienicLatrine(),
                        d.telecom(),
                        d.infoDevice(),
                        d.loudspeakerAccess(),
                        d.wasteCollected());
        return new HouseholdData(
                code,
                unitId,
                head,
                null,
                null,
                in.area().name(),
                in.laborCapacity(),
                null,
                null,
                null,
                null,
                dwelling,
                members);
    }

    /** A registry problem worded for the file: the head's name comes from the members. */
    static Problem located(int row, Problem p) {
        if (p.field().equals("headName")) {
            return new Problem(
                    row, "members", "a new household needs its head: a member with relation HEAD and a name");
        }
        String field = p.field().replace("birthYear", "age");
        return new Problem(row, field, "cannot register the new household: " + p.reason());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
