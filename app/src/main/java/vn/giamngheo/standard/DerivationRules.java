package vn.giamngheo.standard;

/**
 * The figures behind each indicator when it is derived from member and dwelling facts instead of a
 * tick (docs/domain/poverty-standards.md §4). Ages are whole years at the review's reference date; "below"
 * bounds are exclusive, "from" bounds inclusive. Each figure carries its confidence: several are
 * our reading of the notes and are marked provisional so an administrator can correct them.
 */
public record DerivationRules(
        /* EMPLOYMENT: members of working age, from (inclusive) … below (exclusive). */
        Figure workingAgeFrom,
        Figure workingAgeBelow,
        /* DEPENDANTS, NUTRITION: children are members under this age ("under 16"). */
        Figure childAgeBelow,
        /* DEPENDANTS: "old people" from this age — not defined by the notes, our choice. */
        Figure elderlyAgeFrom,
        /* DEPENDANTS: deprived when dependants are more than this percentage of members. */
        Figure dependantShareAbovePercent,
        /* HEALTH_INSURANCE: members aged this or older must be insured. */
        Figure insuranceAgeFrom,
        /* HOUSING_AREA: deprived when living area per person is under this many m². */
        Figure livingAreaPerPersonBelowM2,
        /* CHILD_SCHOOLING: children aged from … below must attend school. */
        Figure schoolingAgeFrom,
        Figure schoolingAgeBelow,
        AdultEducationRule adultEducation) {

    /**
     * ADULT_EDUCATION: a member aged {@code ageFrom} to the maximum age (inclusive), not in
     * education, who lacks the level for their age: lower-secondary, or from {@code
     * upperSecondaryFromAge} on (when set) upper-secondary or a vocational certificate. The maximum
     * age is {@code ageTo} when set (NĐ 07: 30); otherwise {@code referenceYear − bornFromYear}
     * (QĐ 59: "born 1986 or later", ages being given rather than birth years).
     */
    public record AdultEducationRule(
            Figure ageFrom, Figure ageTo, Figure upperSecondaryFromAge, Figure bornFromYear, Figure referenceYear) {

        public int maxAge() {
            if (ageTo != null) {
                return ageTo.intValue();
            }
            return (int) (referenceYear.value() - bornFromYear.value());
        }
    }
}
