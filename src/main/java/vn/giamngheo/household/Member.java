package vn.giamngheo.household;

/**
 * A household member: the fields of the exchange format (docs/domain/household-format.md) with
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
}
