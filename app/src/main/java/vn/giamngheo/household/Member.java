package vn.giamngheo.household;

import java.util.Map;
import vn.giamngheo.standard.FieldValues;

/**
 * A household member in the registry: the fields of the exchange format ({@link
 * vn.giamngheo.standard.ExchangeFields#MEMBER}, checked by HouseholdFieldsTest) with
 * the year of birth instead of an age (ages change, the registry outlives a review), plus the
 * 12-digit citizen ID number. Unknown facts are null, never guessed.
 */
public record Member(
        String name,
        String citizenId,
        Integer birthYear,
        String sex,
        String relation,
        String ethnicity,
        Boolean healthInsured,
        Boolean stunted,
        Boolean underweight,
        String education,
        Boolean inSchool,
        String employment,
        Boolean disabled,
        Boolean socialAllowance,
        Boolean personOfMerit) {

    public boolean isHead() {
        return "HEAD".equals(relation);
    }

    /** The format's member as the registry keeps it: no citizen ID yet, the age turned into a year of birth. */
    public static Member of(vn.giamngheo.standard.Member m, int referenceYear) {
        Map<String, Object> values = FieldValues.of(m);
        values.put("birthYear", m.age() == null ? null : referenceYear - m.age());
        return FieldValues.build(Member.class, values);
    }

    /** The registry's member as the format gives it for a review in {@code year}: its age then. */
    public vn.giamngheo.standard.Member inFormat(int year) {
        Map<String, Object> values = FieldValues.of(this);
        values.put("age", birthYear == null ? null : Math.max(0, year - birthYear));
        return FieldValues.build(vn.giamngheo.standard.Member.class, values);
    }
}
