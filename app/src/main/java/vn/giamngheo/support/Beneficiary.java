package vn.giamngheo.support;

import java.util.List;

/**
 * What the support module reads of a household to grant it something: from the registry's published
 * views (its commune, head, address, ethnic-minority flag, members) and from the review's lists in
 * force (its class on the lists of the grant's year; the last year it was on a list).
 */
public record Beneficiary(
        long householdId,
        String code,
        long unitId,
        long communeId,
        String unitPath,
        String headName,
        String headCitizenId,
        String address,
        boolean ethnicMinority,
        boolean voided,
        List<Person> members) {

    /** A member as the registry's latest snapshot holds them. */
    public record Person(
            int ord, String name, String relation, Integer birthYear, String citizenId, Boolean disabled) {}

    public java.util.Optional<Person> member(int ord) {
        return members.stream().filter(m -> m.ord() == ord).findFirst();
    }
}
