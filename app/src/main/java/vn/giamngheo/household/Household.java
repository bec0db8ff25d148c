package vn.giamngheo.household;

import java.time.Instant;
import java.util.List;
import vn.giamngheo.standard.Dwelling;

/** A household as the registry holds it now (or held it on a date, for {@code asOf} views). */
public record Household(
        long id,
        String code,
        long unitId,
        String headName,
        String address,
        String phone,
        String area,
        Boolean labourCapacity,
        boolean ethnicMinority,
        boolean personOfMerit,
        boolean socialProtection,
        boolean femaleHead,
        Dwelling dwelling,
        List<Member> members,
        String currentClass,
        String classStandard,
        Integer classYear,
        Instant voidedAt,
        String voidReason,
        int version) {

    public boolean voided() {
        return voidedAt != null;
    }

    public HouseholdData data() {
        return new HouseholdData(
                code,
                unitId,
                headName,
                address,
                phone,
                area,
                labourCapacity,
                ethnicMinority,
                personOfMerit,
                socialProtection,
                femaleHead,
                dwelling,
                members);
    }
}
