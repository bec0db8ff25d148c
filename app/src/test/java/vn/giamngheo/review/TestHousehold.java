package vn.giamngheo.review;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.standard.Area;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.HouseholdClass;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Indicator;
import vn.giamngheo.standard.IndicatorSet;
import vn.giamngheo.standard.Member;

/** Test-data builder for a household of the exchange format: {@code aHousehold("H-1").poor().withMembers(4)}. */
final class TestHousehold {
    private final String code;
    private Long income = 3_000_000L;
    private IndicatorSet ticks = IndicatorSet.EMPTY;
    private int members = 3;
    private HouseholdClass recognized;
    private String headName;

    private TestHousehold(String code) {
        this.code = code;
        this.headName = "Lê Văn " + code;
    }

    static TestHousehold aHousehold(String code) {
        return new TestHousehold(code);
    }

    /** Income under the rural line of NĐ 07/2021 and 3 indicators deprived: poor. */
    TestHousehold poor() {
        income = 1_000_000L;
        ticks = IndicatorSet.of(Indicator.HEALTH_INSURANCE, Indicator.WATER, Indicator.SANITATION);
        return this;
    }

    /** Income under the line, 1 indicator deprived: near-poor. */
    TestHousehold nearPoor() {
        income = 1_200_000L;
        ticks = IndicatorSet.of(Indicator.WATER);
        return this;
    }

    /** Above the middle band: not poor. */
    TestHousehold notPoor() {
        income = 3_000_000L;
        ticks = IndicatorSet.EMPTY;
        return this;
    }

    TestHousehold as(HouseholdClass c) {
        return switch (c) {
            case POOR -> poor();
            case NEAR_POOR -> nearPoor();
            default -> notPoor();
        };
    }

    TestHousehold recognised(HouseholdClass c) {
        recognized = c;
        return this;
    }

    TestHousehold withMembers(int n) {
        members = n;
        return this;
    }

    TestHousehold headedBy(String name) {
        headName = name;
        return this;
    }

    HouseholdInput input() {
        List<Member> list = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            boolean head = i == 0;
            list.add(new Member(
                    head ? headName : "Thành viên " + i + " " + code,
                    head ? 45 : i == 1 ? 42 : 10 + i,
                    i % 2 == 0 ? Member.Sex.M : Member.Sex.F,
                    head ? Member.Relation.HEAD : i == 1 ? Member.Relation.SPOUSE : Member.Relation.CHILD,
                    "Kinh",
                    true,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        return new HouseholdInput(code, Area.RURAL, income, null, ticks, list, null, null, null, recognized);
    }

    String line() {
        return ExchangeFormat.write(input());
    }

    static final String CSV_HEADER =
            "ref,area,incomePerCapita,deprivations,recognizedClass,member.name,member.age,member.sex,member.relation,"
                    + "member.ethnicity,member.healthInsured";

    /** The same household as CSV rows, one per member, the household columns repeated. */
    String csv() {
        StringBuilder out = new StringBuilder();
        HouseholdInput h = input();
        for (Member m : h.members()) {
            out.append(code)
                    .append(",RURAL,")
                    .append(income)
                    .append(',')
                    .append(ticks.isEmpty() ? "NONE" : String.join(" ", ticks.codes()))
                    .append(',')
                    .append(recognized == null ? "" : recognized.name())
                    .append(",\"")
                    .append(m.name())
                    .append("\",")
                    .append(m.age())
                    .append(',')
                    .append(m.sex())
                    .append(',')
                    .append(m.relation())
                    .append(',')
                    .append(m.ethnicity())
                    .append(',')
                    .append(m.healthInsured())
                    .append('\n');
        }
        return out.toString();
    }

    static String jsonl(TestHousehold... households) {
        StringBuilder out = new StringBuilder();
        for (TestHousehold h : households) {
            out.append(h.line()).append('\n');
        }
        return out.toString();
    }

    static String csv(TestHousehold... households) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (TestHousehold h : households) {
            out.append(h.csv());
        }
        return out.toString();
    }
}
