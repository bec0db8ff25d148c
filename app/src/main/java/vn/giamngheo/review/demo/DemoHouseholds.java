package vn.giamngheo.review.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.giamngheo.standard.Area;
import vn.giamngheo.standard.HouseholdClass;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Indicator;
import vn.giamngheo.standard.IndicatorSet;
import vn.giamngheo.standard.Member;

/**
 * A small seeded generator of households for the demo: the same seed gives the same households.
 * Each household has a class on the 2023 lists (or none), a class found in 2024 that follows
 * plausible transitions, and survey facts (income, ticked indicators under NĐ 07/2021, members)
 * that the classifier turns into exactly that class. Names and ethnic groups follow the place.
 */
final class DemoHouseholds {
    private static final String[] FAMILY = {"Nguyễn", "Lê", "Trần", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô"};
    private static final String[] MALE = {"Hùng", "Dũng", "Tuấn", "Nam", "Bình", "Hải", "Sơn", "Long", "Cường", "Thắng"
    };
    private static final String[] FEMALE = {"Lan", "Hoa", "Mai", "Hương", "Thu", "Phương", "Thảo", "Hằng", "Nga", "Yến"
    };
    private static final String[] HIGHLAND_MALE = {"Thiên", "Blúi", "Khâm", "Dơn", "Hyun", "Sang", "Nhiên", "Lưới"};
    private static final String[] HIGHLAND_FEMALE = {"Nhung", "Hen", "Sương", "Bích", "Hlen", "Thiêng", "Plong"};
    private static final Indicator[] ND07 = {
        Indicator.EMPLOYMENT, Indicator.DEPENDANTS, Indicator.NUTRITION, Indicator.HEALTH_INSURANCE,
        Indicator.ADULT_EDUCATION, Indicator.CHILD_SCHOOLING, Indicator.HOUSING_QUALITY, Indicator.HOUSING_AREA,
        Indicator.WATER, Indicator.SANITATION, Indicator.TELECOM, Indicator.INFO_ACCESS
    };

    /** A generated household: its code, its class on the 2023 lists (null: on none) and what 2024 finds. */
    record Generated(
            String code, int village, HouseholdClass listed2023, HouseholdClass found2024, HouseholdInput survey) {}

    /** How poor a place is and who lives there. */
    record Place(String prefix, long seed, int households, double poor, double nearPoor, boolean highland) {}

    private DemoHouseholds() {}

    static List<Generated> generate(Place place) {
        Random r = new Random(place.seed());
        List<Generated> out = new ArrayList<>(place.households());
        for (int i = 1; i <= place.households(); i++) {
            double x = r.nextDouble();
            HouseholdClass listed = x < place.poor()
                    ? HouseholdClass.POOR
                    : x < place.poor() + place.nearPoor() ? HouseholdClass.NEAR_POOR : null;
            HouseholdClass found = next(listed, r);
            String code = String.format("%s-%04d", place.prefix(), i);
            out.add(new Generated(code, 1 + r.nextInt(3), listed, found, survey(code, found, place.highland(), r)));
        }
        return out;
    }

    /** Transitions of a year: most stay, some rise, a few fall (rates are illustrative, not statistics). */
    private static HouseholdClass next(HouseholdClass listed, Random r) {
        double y = r.nextDouble();
        if (listed == HouseholdClass.POOR) {
            return y < 0.68 ? HouseholdClass.POOR : y < 0.84 ? HouseholdClass.NEAR_POOR : above(r);
        }
        if (listed == HouseholdClass.NEAR_POOR) {
            return y < 0.58 ? HouseholdClass.NEAR_POOR : y < 0.66 ? HouseholdClass.POOR : above(r);
        }
        return y < 0.02 ? HouseholdClass.POOR : y < 0.05 ? HouseholdClass.NEAR_POOR : above(r);
    }

    private static HouseholdClass above(Random r) {
        return r.nextInt(3) == 0 ? HouseholdClass.MIDDLE : HouseholdClass.NOT_POOR;
    }

    /** Survey facts that the NĐ 07/2021 rural rule classifies as {@code found}. */
    static HouseholdInput survey(String code, HouseholdClass found, boolean highland, Random r) {
        long income;
        int deprived;
        switch (found) {
            case POOR -> {
                income = 700_000 + 50_000L * r.nextInt(16);
                deprived = 3 + r.nextInt(3);
            }
            case NEAR_POOR -> {
                income = 900_000 + 50_000L * r.nextInt(13);
                deprived = r.nextInt(3);
            }
            case MIDDLE -> {
                income = 1_550_000 + 50_000L * r.nextInt(14);
                deprived = r.nextInt(3);
            }
            default -> {
                income = 2_300_000 + 100_000L * r.nextInt(30);
                deprived = r.nextInt(2);
            }
        }
        List<Indicator> shuffled = new ArrayList<>(List.of(ND07));
        java.util.Collections.shuffle(shuffled, r);
        IndicatorSet ticks = IndicatorSet.copyOf(shuffled.subList(0, deprived));
        boolean insured = !ticks.contains(Indicator.HEALTH_INSURANCE);
        return new HouseholdInput(
                code,
                Area.RURAL,
                income,
                null,
                ticks,
                members(highland, insured, r),
                null,
                r.nextInt(12) != 0,
                null,
                null);
    }

    private static List<Member> members(boolean highland, boolean insured, Random r) {
        int n = 1 + r.nextInt(6);
        String family = FAMILY[r.nextInt(FAMILY.length)];
        String ethnicity = highland
                ? (r.nextInt(10) < 6
                        ? "Xơ Đăng"
                        : r.nextInt(3) == 0 ? "Kinh" : r.nextInt(2) == 0 ? "Gié Triêng" : "Brâu")
                : (r.nextInt(20) == 0 ? "Mường" : "Kinh");
        boolean headMale = r.nextInt(5) != 0;
        int headAge = 25 + r.nextInt(50);
        List<Member> list = new ArrayList<>(n);
        list.add(member(
                name(highland, family, headMale, r), headAge, headMale, Member.Relation.HEAD, ethnicity, insured));
        if (n > 1) {
            list.add(member(
                    name(highland, family, !headMale, r),
                    Math.max(18, headAge - 3 + r.nextInt(6)),
                    !headMale,
                    Member.Relation.SPOUSE,
                    ethnicity,
                    insured));
        }
        for (int i = 2; i < n; i++) {
            boolean male = r.nextBoolean();
            boolean parent = i == n - 1 && r.nextInt(4) == 0 && headAge < 55;
            int age = parent ? headAge + 22 + r.nextInt(10) : Math.max(0, headAge - 20 - r.nextInt(15));
            list.add(member(
                    name(highland, family, male, r),
                    age,
                    male,
                    parent ? Member.Relation.PARENT : Member.Relation.CHILD,
                    ethnicity,
                    insured));
        }
        return list;
    }

    private static String name(boolean highland, String family, boolean male, Random r) {
        if (highland) {
            return (male ? "A " : "Y ") + (male ? HIGHLAND_MALE : HIGHLAND_FEMALE)[r.nextInt(male ? 8 : 7)];
        }
        return family + (male ? " Văn " : " Thị ") + (male ? MALE : FEMALE)[r.nextInt(10)];
    }

    private static Member member(
            String name, int age, boolean male, Member.Relation relation, String ethnicity, boolean insured) {
        return new Member(
                name,
                age,
                male ? Member.Sex.M : Member.Sex.F,
                relation,
                ethnicity,
                insured,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
