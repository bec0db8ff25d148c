package vn.giamngheo.review;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.household.Household;
import vn.giamngheo.standard.Area;
import vn.giamngheo.standard.Dwelling;
import vn.giamngheo.standard.FieldValues;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Member;

/**
 * Where the survey of a household starts when nothing was entered yet in this campaign: the
 * registry's members and dwelling (the registry is the roster: every member, not a few slots) and,
 * from the household's last survey, the answers the registry does not hold (income, score, the
 * ticks, causes). Ages are counted from the campaign's year; a fact the registry leaves unknown
 * takes the last survey's answer.
 */
final class SurveyStart {
    private SurveyStart() {}

    static HouseholdInput of(String code, Household registry, HouseholdInput last, int year) {
        List<Member> members = new ArrayList<>();
        for (vn.giamngheo.household.Member m : registry.data().members()) {
            members.add(m.inFormat(year));
        }
        if (members.isEmpty() && last != null && last.members() != null) {
            members.addAll(last.members());
        }
        Dwelling d = registry.data().dwelling();
        Dwelling before = last == null || last.dwelling() == null ? Dwelling.unknown() : last.dwelling();
        Dwelling dwelling = d == null ? before : FieldValues.either(d, before);
        Area area = or(value(Area.class, registry.data().area()), last != null ? last.area() : Area.RURAL);
        return new HouseholdInput(
                code,
                area,
                last == null ? null : last.incomePerCapita(),
                last == null ? null : last.scoreA(),
                last == null ? null : last.deprivations(),
                members,
                dwelling,
                or(registry.data().labourCapacity(), last == null ? null : last.labourCapacity()),
                last == null ? null : last.causes(),
                null);
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException unknownInTheRegistry) {
            return null;
        }
    }
}
