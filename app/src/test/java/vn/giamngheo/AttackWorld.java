package vn.giamngheo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdData;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.household.Member;
import vn.giamngheo.identity.NewUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.planning.Helpers;
import vn.giamngheo.shared.Actor;

/**
 * The places, households and users the attack suite works on, built through the facades: two
 * provinces, a district with two sibling communes, villages, one household per place whose names,
 * citizen IDs, codes and helpers are unique markers, and a user of every role in each place.
 */
final class AttackWorld {
    static final String PASSWORD = "Tq7-suite-Vung-2026";
    private static final Actor SYSTEM = Actor.system("attack-setup");

    /** A planted household and the unit path it lives under; its markers must never leave its reach. */
    record Planted(long id, long unitId, String unitPath, List<String> markers) {}

    /** Another record of a planted household (a loan…): its id and the unit path it lives under. */
    record Held(long id, String unitPath) {}

    /** A user, where they may read (unit paths; empty = nowhere) and their role. */
    record User(String username, Role role, List<String> reach) {
        boolean reaches(String unitPath) {
            return reach.stream().anyMatch(unitPath::startsWith);
        }
    }

    final String tag;
    final Map<String, AdminUnit> units = new LinkedHashMap<>();
    final List<Planted> households = new ArrayList<>();
    final List<User> users = new ArrayList<>();
    final List<Held> held = new ArrayList<>();

    private AttackWorld(String tag) {
        this.tag = tag;
    }

    static AttackWorld build(
            AdminUnits adminUnits, HouseholdRegistry registry, Helpers helpers, UserAccounts accounts) {
        String letters = "BCDGHKLMNPQRSTVX";
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            t.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        AttackWorld w = new AttackWorld(t.toString());
        LocalDate since = LocalDate.of(2020, 1, 1);
        w.unit(adminUnits, "P1", null, "PROVINCE", "Tỉnh", since);
        w.unit(adminUnits, "D1", "P1", "DISTRICT", "Huyện", since);
        w.unit(adminUnits, "C1", "D1", "COMMUNE", "Xã", since);
        w.unit(adminUnits, "C2", "D1", "COMMUNE", "Xã", since);
        w.unit(adminUnits, "V1A", "C1", "VILLAGE", "Thôn", since);
        w.unit(adminUnits, "V1B", "C1", "VILLAGE", "Thôn", since);
        w.unit(adminUnits, "P2", null, "PROVINCE", "Tỉnh", since);
        w.unit(adminUnits, "C3", "P2", "COMMUNE", "Xã", since);
        w.unit(adminUnits, "V3", "C3", "VILLAGE", "Thôn", since);
        // one citizen ID held in two provinces: that it is held elsewhere may be shown, not where
        String shared = "0380" + "75"
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        for (String place : List.of("V1A", "V1B", "C2", "V3")) {
            w.plant(registry, helpers, place, place.equals("V1A") || place.equals("V3") ? shared : null);
        }
        w.user(accounts, "po1", Role.PROVINCE_OFFICER, "P1");
        w.user(accounts, "po2", Role.PROVINCE_OFFICER, "P2");
        w.user(accounts, "do1", Role.DISTRICT_OFFICER, "D1");
        w.user(accounts, "co1", Role.COMMUNE_OFFICIAL, "C1");
        w.user(accounts, "co2", Role.COMMUNE_OFFICIAL, "C2");
        w.user(accounts, "co3", Role.COMMUNE_OFFICIAL, "C3");
        w.user(accounts, "vr1a", Role.VILLAGE_REVIEWER, "V1A");
        w.user(accounts, "vr1b", Role.VILLAGE_REVIEWER, "V1B");
        w.user(accounts, "au1", Role.AUDITOR, "C1");
        w.user(accounts, "au2", Role.AUDITOR, "P2");
        return w;
    }

    /** The ids the suite puts into every id-like parameter: units and households, inside and outside each reach. */
    List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        units.values().forEach(u -> ids.add(u.id()));
        households.forEach(h -> ids.add(h.id()));
        held.forEach(r -> ids.add(r.id()));
        return ids.stream().distinct().toList();
    }

    /** The ids of places and households outside the user's reach (the targets of writes that must be refused). */
    List<Long> idsOutside(User user) {
        List<Long> ids = new ArrayList<>();
        units.values().stream()
                .filter(u -> !user.reaches(u.path()) && !isAbove(u.path(), user))
                .forEach(u -> ids.add(u.id()));
        households.stream().filter(h -> !user.reaches(h.unitPath())).forEach(h -> ids.add(h.id()));
        held.stream().filter(r -> !user.reaches(r.unitPath())).forEach(r -> ids.add(r.id()));
        return ids.stream().distinct().toList();
    }

    /** A unit above the user's reach (a district plan binds its communes; it is not "outside" for reading). */
    private static boolean isAbove(String path, User user) {
        return user.reach().stream().anyMatch(r -> r.startsWith(path));
    }

    /** The markers the user must never receive. */
    List<String> markersOutside(User user) {
        return households.stream()
                .filter(h -> !user.reaches(h.unitPath()))
                .flatMap(h -> h.markers().stream())
                .toList();
    }

    List<String> markersInside(User user) {
        return households.stream()
                .filter(h -> user.reaches(h.unitPath()))
                .flatMap(h -> h.markers().stream())
                .toList();
    }

    List<String> allMarkers() {
        return households.stream().flatMap(h -> h.markers().stream()).toList();
    }

    private void unit(AdminUnits adminUnits, String key, String parent, String level, String kind, LocalDate since) {
        AdminUnit u = adminUnits.create(
                SYSTEM,
                new NewAdminUnit(
                        parent == null ? null : units.get(parent).id(),
                        null,
                        "Thử " + tag + " " + key,
                        kind,
                        level,
                        since));
        units.put(key, u);
    }

    private void plant(HouseholdRegistry registry, Helpers helpers, String place, String sharedId) {
        AdminUnit unit = units.get(place);
        String head = "Qhead" + tag + place;
        String spouse = "Qspouse" + tag + place;
        String headId = "0380" + "80"
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String code = "ATK" + tag + "-" + place;
        Household h = registry.create(
                SYSTEM,
                new HouseholdData(
                        code,
                        unit.id(),
                        head,
                        "Qaddr" + tag + place,
                        null,
                        "RURAL",
                        true,
                        null,
                        null,
                        null,
                        null,
                        vn.giamngheo.standard.TestFacts.aModestDwelling(),
                        sharedId == null
                                ? List.of(
                                        member(head, "HEAD", 1980, "M", headId),
                                        member(spouse, "SPOUSE", 1982, "F", null))
                                : List.of(
                                        member(head, "HEAD", 1980, "M", headId),
                                        member(spouse, "SPOUSE", 1982, "F", null),
                                        member("Người ở chung", "OTHER", 1975, "M", sharedId))));
        String cadre = "Qcadre" + tag + place;
        helpers.assignCadre(SYSTEM, h.id(), cadre, "cán bộ", LocalDate.of(2024, 1, 1), null);
        households.add(new Planted(h.id(), unit.id(), unit.path(), List.of(head, spouse, headId, code, cadre)));
    }

    private static Member member(String name, String relation, int birthYear, String sex, String citizenId) {
        return new Member(
                name,
                citizenId,
                birthYear,
                sex,
                relation,
                "Kinh",
                true,
                null,
                null,
                "LOWER_SECONDARY",
                false,
                "SELF_EMPLOYED",
                false,
                false,
                false);
    }

    private void user(UserAccounts accounts, String name, Role role, String place) {
        String username = "atk" + tag.toLowerCase() + name;
        AdminUnit unit = units.get(place);
        accounts.create(SYSTEM, new NewUser(username, "Người thử " + name, PASSWORD, Set.of(role), List.of(unit.id())));
        users.add(new User(username, role, List.of(unit.path())));
    }
}
