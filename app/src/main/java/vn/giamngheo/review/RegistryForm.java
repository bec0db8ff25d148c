package vn.giamngheo.review;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.household.HouseholdData;
import vn.giamngheo.household.Member;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.standard.Dwelling;
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
                members.add(Member.of(m, referenceYear));
            }
        }
        Dwelling dwelling = in.dwelling() == null ? Dwelling.unknown() : in.dwelling();
        return new HouseholdData(
                code,
                unitId,
                head,
                null,
                null,
                in.area().name(),
                in.labourCapacity(),
                null,
                null,
                null,
                null,
                dwelling,
                members);
    }

    /** A registry problem worded for the file: the head's name comes from the members. */
    static Problem located(int row, String code, Problem p) {
        if (p.field().equals("headName")) {
            return Problem.of("members", "review.import.needsHead").at(row, code);
        }
        String field = p.field().replace("birthYear", "age");
        return Problem.of(field, "review.import.cannotRegister", p.message()).at(row, code);
    }
}
