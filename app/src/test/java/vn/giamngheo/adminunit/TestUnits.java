package vn.giamngheo.adminunit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.giamngheo.shared.Actor;

/**
 * Builds the units an integration test needs under a fresh province of its own, through the
 * adminunit facade: nothing of the demo dataset and nothing another test made is relied on. Names
 * and codes carry a random tag, so searches by name find only this test's units.
 */
public final class TestUnits {
    private static final Actor SYSTEM = Actor.system("test-units");
    private final AdminUnits units;

    public TestUnits(AdminUnits units) {
        this.units = units;
    }

    /** A short random tag (8 letters and digits) for names and codes that must not collide. */
    public static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A province named "Thử &lt;tag&gt;", valid from no given date (as the demo's provinces). */
    public AdminUnit aProvince() {
        String tag = tag();
        return units.create(SYSTEM, new NewAdminUnit(null, "T" + tag, "Thử " + tag, "Tỉnh", "PROVINCE", null));
    }

    /** A district under a province, for the hierarchy before 1 July 2025. */
    public AdminUnit aDistrictIn(AdminUnit province) {
        String tag = tag();
        return units.create(
                SYSTEM, new NewAdminUnit(province.id(), "H" + tag, "Huyện " + tag, "Huyện", "DISTRICT", null));
    }

    public AdminUnit aCommuneIn(AdminUnit parent) {
        String tag = tag();
        return units.create(SYSTEM, new NewAdminUnit(parent.id(), "X" + tag, "Xã " + tag, "Xã", "COMMUNE", null));
    }

    /** Villages numbered "1" … "n" as the demo dataset numbers them, under a commune. */
    public List<AdminUnit> villagesIn(AdminUnit commune, int n) {
        List<AdminUnit> villages = new ArrayList<>();
        for (int v = 1; v <= n; v++) {
            villages.add(units.create(
                    SYSTEM,
                    new NewAdminUnit(
                            commune.id(), commune.code() + "-" + v, Integer.toString(v), "Thôn", "VILLAGE", null)));
        }
        return villages;
    }

    /** A commune with three villages under a fresh province. */
    public Commune aCommune() {
        AdminUnit province = aProvince();
        AdminUnit commune = aCommuneIn(province);
        return new Commune(province, commune, villagesIn(commune, 3));
    }

    /** A commune, its province and its villages. */
    public record Commune(AdminUnit province, AdminUnit unit, List<AdminUnit> villages) {
        public long id() {
            return unit.id();
        }

        public AdminUnit village(int number) {
            return villages.get(number - 1);
        }
    }
}
