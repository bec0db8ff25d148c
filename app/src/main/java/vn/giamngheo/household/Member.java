package vn.giamngheo.household;

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
        return new Member(
                m.name(),
                null,
                m.age() == null ? null : referenceYear - m.age(),
                code(m.sex()),
                code(m.relation()),
                m.ethnicity(),
                m.healthInsured(),
                m.stunted(),
                m.underweight(),
                code(m.education()),
                m.inSchool(),
                code(m.employment()),
                m.disabled(),
                m.socialAllowance(),
                m.personOfMerit());
    }

    private static String code(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
