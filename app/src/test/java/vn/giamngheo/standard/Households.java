package vn.giamngheo.standard;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-data builders for this module: {@code aHousehold().rural().income(1_500_000)}, {@code
 * anAdult().age(40).uninsured()}, {@code aSoundDwelling().livingArea(31.9)}. Members and dwellings
 * start "fully known and not deprived on anything", so a test changes only the fact it is about.
 */
final class Households {
    private Households() {}

    static HouseholdBuilder aHousehold() {
        return new HouseholdBuilder();
    }

    /** A 35-year-old, insured, self-employed, upper-secondary, not disabled, no allowance. */
    static MemberBuilder anAdult() {
        return new MemberBuilder()
                .age(35)
                .insured(true)
                .employment(Member.Employment.SELF_EMPLOYED)
                .education(Member.Education.UPPER_SECONDARY)
                .inSchool(false)
                .disabled(false)
                .socialAllowance(false)
                .stunted(false)
                .underweight(false);
    }

    /** A member with no facts at all. */
    static MemberBuilder aMemberWithoutFacts() {
        return new MemberBuilder();
    }

    /** Durable, 100 m², clean water, latrine, telecom, devices, loudspeakers, waste collected. */
    static DwellingBuilder aSoundDwelling() {
        return new DwellingBuilder();
    }

    static PovertyStandard qd59() {
        return ReferenceStandards.find("QD59_2015").orElseThrow();
    }

    static PovertyStandard nd07() {
        return ReferenceStandards.find("ND07_2021").orElseThrow();
    }

    static PovertyStandard nd351() {
        return ReferenceStandards.find("ND351_2025").orElseThrow();
    }

    static final class HouseholdBuilder {
        private String ref = "H-TEST";
        private Area area = Area.RURAL;
        private Long income;
        private Double scoreA;
        private IndicatorSet ticks;
        private List<Member> members;
        private Dwelling dwelling;

        HouseholdBuilder ref(String value) {
            ref = value;
            return this;
        }

        HouseholdBuilder rural() {
            area = Area.RURAL;
            return this;
        }

        HouseholdBuilder urban() {
            area = Area.URBAN;
            return this;
        }

        HouseholdBuilder income(long vndPerPersonPerMonth) {
            income = vndPerPersonPerMonth;
            return this;
        }

        HouseholdBuilder scoreA(double score) {
            scoreA = score;
            return this;
        }

        HouseholdBuilder ticked(Indicator... deprived) {
            ticks = IndicatorSet.of(deprived);
            return this;
        }

        HouseholdBuilder members(MemberBuilder... builders) {
            members = new ArrayList<>();
            for (MemberBuilder b : builders) {
                members.add(b.build());
            }
            return this;
        }

        HouseholdBuilder dwelling(DwellingBuilder builder) {
            dwelling = builder.build();
            return this;
        }

        HouseholdInput build() {
            return new HouseholdInput(ref, area, income, scoreA, ticks, members, dwelling, null, null, null);
        }

        Classification classifiedBy(PovertyStandard standard) {
            return PovertyClassifier.classify(build(), standard);
        }
    }

    static final class MemberBuilder {
        private Integer age;
        private Boolean insured;
        private Boolean stunted;
        private Boolean underweight;
        private Member.Education education;
        private Boolean inSchool;
        private Member.Employment employment;
        private Boolean disabled;
        private Boolean socialAllowance;

        MemberBuilder age(Integer years) {
            age = years;
            return this;
        }

        MemberBuilder insured(Boolean value) {
            insured = value;
            return this;
        }

        MemberBuilder uninsured() {
            return insured(false);
        }

        MemberBuilder stunted(Boolean value) {
            stunted = value;
            return this;
        }

        MemberBuilder underweight(Boolean value) {
            underweight = value;
            return this;
        }

        MemberBuilder education(Member.Education value) {
            education = value;
            return this;
        }

        MemberBuilder inSchool(Boolean value) {
            inSchool = value;
            return this;
        }

        MemberBuilder employment(Member.Employment value) {
            employment = value;
            return this;
        }

        MemberBuilder disabled(Boolean value) {
            disabled = value;
            return this;
        }

        MemberBuilder socialAllowance(Boolean value) {
            socialAllowance = value;
            return this;
        }

        Member build() {
            return TestFacts.member(
                    "age", age,
                    "healthInsured", insured,
                    "stunted", stunted,
                    "underweight", underweight,
                    "education", education,
                    "inSchool", inSchool,
                    "employment", employment,
                    "disabled", disabled,
                    "socialAllowance", socialAllowance);
        }
    }

    static final class DwellingBuilder {
        private Double livingArea = 100.0;
        private Boolean wall = true;
        private Boolean column = true;
        private Boolean roof = true;
        private Boolean water = true;
        private Boolean latrine = true;
        private Boolean telecom = true;
        private Boolean device = true;
        private Boolean loudspeaker = true;
        private Boolean waste = true;

        DwellingBuilder livingArea(Double m2) {
            livingArea = m2;
            return this;
        }

        DwellingBuilder durable(Boolean walls, Boolean columns, Boolean roofs) {
            wall = walls;
            column = columns;
            roof = roofs;
            return this;
        }

        DwellingBuilder cleanWater(Boolean value) {
            water = value;
            return this;
        }

        DwellingBuilder hygienicLatrine(Boolean value) {
            latrine = value;
            return this;
        }

        DwellingBuilder telecom(Boolean value) {
            telecom = value;
            return this;
        }

        DwellingBuilder information(Boolean infoDevice, Boolean loudspeakerAccess) {
            device = infoDevice;
            loudspeaker = loudspeakerAccess;
            return this;
        }

        DwellingBuilder wasteCollected(Boolean value) {
            waste = value;
            return this;
        }

        Dwelling build() {
            return TestFacts.dwelling(
                    "livingAreaM2", livingArea,
                    "wallDurable", wall,
                    "columnDurable", column,
                    "roofDurable", roof,
                    "cleanWater", water,
                    "hygienicLatrine", latrine,
                    "telecom", telecom,
                    "infoDevice", device,
                    "loudspeakerAccess", loudspeaker,
                    "wasteCollected", waste);
        }
    }
}
