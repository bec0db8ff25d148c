package vn.giamngheo.standard;

import java.util.List;

/**
 * Derives indicators from member and dwelling facts (docs/domain/poverty-standards.md §4) in three-valued
 * logic: a fact not given makes a test unknown, and an indicator is deprived when some member (or
 * the dwelling) is certainly deprived, not deprived when all are certainly not, and unknown
 * otherwise. Plain ints and no allocation: this runs once per household on the classifier's hot
 * path.
 */
final class IndicatorFacts {
    static final int NO = 0;
    static final int YES = 1;
    static final int UNKNOWN = 2;

    private IndicatorFacts() {}

    /**
     * The indicators of {@code wanted} that the facts decide: the low 32 bits hold the deprived
     * ones, the high 32 bits the known ones (deprived or not).
     */
    static long derive(HouseholdInput h, DerivationRules r, int wanted) {
        int deprived = 0;
        int known = 0;
        List<Member> members = h.members();
        if (members != null && !members.isEmpty()) {
            long fromMembers = fromMembers(members, r, wanted);
            deprived |= (int) fromMembers;
            known |= (int) (fromMembers >>> 32);
        }
        Dwelling d = h.dwelling();
        if (d != null) {
            long fromDwelling = put(0L, Indicator.HOUSING_QUALITY, housingQuality(d));
            fromDwelling = put(fromDwelling, Indicator.WATER, isFalse(d.cleanWater()));
            fromDwelling = put(fromDwelling, Indicator.SANITATION, isFalse(d.hygienicLatrine()));
            fromDwelling = put(fromDwelling, Indicator.TELECOM, isFalse(d.telecom()));
            // INFO_ACCESS (NĐ 07) and INFO_ASSETS (QĐ 59) rest on the same two facts: no device and
            // no loudspeakers [provisional for QĐ 59, whose list leaves out the phone].
            int noInformation = and(isFalse(d.infoDevice()), isFalse(d.loudspeakerAccess()));
            fromDwelling = put(fromDwelling, Indicator.INFO_ACCESS, noInformation);
            fromDwelling = put(fromDwelling, Indicator.INFO_ASSETS, noInformation);
            fromDwelling = put(fromDwelling, Indicator.WASTE, isFalse(d.wasteCollected()));
            if (members != null && !members.isEmpty() && d.livingAreaM2() != null) {
                // HOUSING_AREA: under 8 m² per person is deprived; exactly 8 is not (NĐ 07 Art. 3).
                double perPersonFloor = r.livingAreaPerPersonBelowM2().value() * (double) members.size();
                fromDwelling = put(fromDwelling, Indicator.HOUSING_AREA, d.livingAreaM2() < perPersonFloor ? YES : NO);
            }
            deprived |= (int) fromDwelling;
            known |= (int) (fromDwelling >>> 32);
        }
        // HEALTH_ACCESS has no fact in the exchange format: it is known only from a tick.
        return ((long) (known & wanted) << 32) | (deprived & wanted & 0xFFFFFFFFL);
    }

    private static long fromMembers(List<Member> members, DerivationRules r, int wanted) {
        int workFrom = r.workingAgeFrom().intValue();
        int workBelow = r.workingAgeBelow().intValue();
        int childBelow = r.childAgeBelow().intValue();
        int elderlyFrom = r.elderlyAgeFrom().intValue();
        int insuranceFrom = r.insuranceAgeFrom().intValue();
        int schoolFrom = r.schoolingAgeFrom().intValue();
        int schoolBelow = r.schoolingAgeBelow().intValue();
        DerivationRules.AdultEducationRule adult = r.adultEducation();
        int adultFrom = adult.ageFrom().intValue();
        int adultTo = adult.maxAge();
        int upperFrom = adult.upperSecondaryFromAge() == null
                ? Integer.MAX_VALUE
                : adult.upperSecondaryFromAge().intValue();

        int employment = NO;
        int nutrition = NO;
        int insurance = NO;
        int adultEducation = NO;
        int schooling = NO;
        int dependants = 0;
        int maybeDependants = 0;
        for (int i = 0, n = members.size(); i < n; i++) {
            Member m = members.get(i);
            Integer age = m.age();
            // EMPLOYMENT: a working-age member unemployed or working for wages without a contract.
            employment = any(employment, and(between(age, workFrom, workBelow), unprotectedWork(m.employment())));
            // NUTRITION: a child under 16 stunted or underweight.
            nutrition =
                    any(nutrition, and(between(age, 0, childBelow), or(isTrue(m.stunted()), isTrue(m.underweight()))));
            // HEALTH_INSURANCE: a member aged 6 or older without health insurance now.
            insurance = any(insurance, and(between(age, insuranceFrom, Integer.MAX_VALUE), isFalse(m.healthInsured())));
            // CHILD_SCHOOLING: a child of school age not attending school at the level for their age.
            schooling = any(schooling, and(between(age, schoolFrom, schoolBelow), isFalse(m.inSchool())));
            // ADULT_EDUCATION: a young adult not in education who lacks the level for their age.
            adultEducation = any(
                    adultEducation,
                    and(
                            and(between(age, adultFrom, adultTo + 1), isFalse(m.inSchool())),
                            lacksLevel(age, m.education(), upperFrom)));
            // DEPENDANTS: children, old people, severely disabled, receiving social allowance.
            int dependant = or(
                    or(between(age, 0, childBelow), between(age, elderlyFrom, Integer.MAX_VALUE)),
                    or(isTrue(m.disabled()), isTrue(m.socialAllowance())));
            if (dependant == YES) {
                dependants++;
            } else if (dependant == UNKNOWN) {
                maybeDependants++;
            }
        }
        long result = put(0L, Indicator.EMPLOYMENT, employment);
        result = put(result, Indicator.NUTRITION, nutrition);
        result = put(result, Indicator.HEALTH_INSURANCE, insurance);
        result = put(result, Indicator.CHILD_SCHOOLING, schooling);
        result = put(result, Indicator.ADULT_EDUCATION, adultEducation);
        result = put(result, Indicator.DEPENDANTS, dependantShare(dependants, maybeDependants, members.size(), r));
        return result;
    }

    /** DEPENDANTS: more than 50 % of members; unknown when the members not known either way could tip it. */
    private static int dependantShare(int certain, int maybe, int size, DerivationRules r) {
        long percent = r.dependantShareAbovePercent().value();
        if (certain * 100L > percent * size) {
            return YES;
        }
        if ((certain + maybe) * 100L <= percent * size) {
            return NO;
        }
        return UNKNOWN;
    }

    /** HOUSING_QUALITY: at least 2 of walls, columns, roof of non-durable material. */
    private static int housingQuality(Dwelling d) {
        int wall = isFalse(d.wallDurable());
        int column = isFalse(d.columnDurable());
        int roof = isFalse(d.roofDurable());
        int nonDurable = (wall == YES ? 1 : 0) + (column == YES ? 1 : 0) + (roof == YES ? 1 : 0);
        int unknown = (wall == UNKNOWN ? 1 : 0) + (column == UNKNOWN ? 1 : 0) + (roof == UNKNOWN ? 1 : 0);
        if (nonDurable >= 2) {
            return YES;
        }
        return nonDurable + unknown >= 2 ? UNKNOWN : NO;
    }

    private static int unprotectedWork(Member.Employment e) {
        if (e == null) {
            return UNKNOWN;
        }
        return e == Member.Employment.UNEMPLOYED || e == Member.Employment.WAGE_NO_CONTRACT ? YES : NO;
    }

    /** Lacks lower-secondary, or from {@code upperFrom} on upper-secondary or vocational. */
    private static int lacksLevel(Integer age, Member.Education education, int upperFrom) {
        if (education == null) {
            return UNKNOWN;
        }
        boolean lacksLower = !education.hasLowerSecondary();
        boolean lacksUpper = !education.hasUpperSecondaryOrVocational();
        if (age == null) {
            return lacksLower ? YES : (lacksUpper && upperFrom != Integer.MAX_VALUE ? UNKNOWN : NO);
        }
        return (age >= upperFrom ? lacksUpper : lacksLower) ? YES : NO;
    }

    /** from ≤ age < below; unknown without an age. */
    static int between(Integer age, int from, int below) {
        if (age == null) {
            return UNKNOWN;
        }
        int a = age;
        return a >= from && a < below ? YES : NO;
    }

    static int isTrue(Boolean b) {
        return b == null ? UNKNOWN : (b ? YES : NO);
    }

    static int isFalse(Boolean b) {
        return b == null ? UNKNOWN : (b ? NO : YES);
    }

    static int and(int a, int b) {
        if (a == NO || b == NO) {
            return NO;
        }
        return a == YES && b == YES ? YES : UNKNOWN;
    }

    static int or(int a, int b) {
        if (a == YES || b == YES) {
            return YES;
        }
        return a == NO && b == NO ? NO : UNKNOWN;
    }

    /** Across members: some certainly deprived, else some unknown, else none. */
    private static int any(int sofar, int next) {
        return or(sofar, next);
    }

    private static long put(long result, Indicator indicator, int state) {
        return switch (state) {
            case YES -> result | indicator.bit() | ((long) indicator.bit() << 32);
            case NO -> result | ((long) indicator.bit() << 32);
            default -> result;
        };
    }
}
