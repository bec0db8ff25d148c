package vn.giamngheo.demo;

import java.util.List;
import java.util.Set;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.NewUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.Actor;

/**
 * A village reviewer of the demo, so the first start shows the offline survey: the first village of
 * Xuân Bái, whose households the current year's review (at its survey step) lists.
 */
final class DemoFieldReviewer {
    static final String USERNAME = "ratsoatvien";

    private DemoFieldReviewer() {}

    static void load(Actor loader, AdminUnits units, UserAccounts users, AdminUnit commune, String password) {
        List<AdminUnit> villages = units.children(commune.id()).stream()
                .filter(v -> v.level().equals("VILLAGE"))
                .toList();
        if (villages.isEmpty()) {
            return;
        }
        AdminUnit village = villages.get(0);
        users.create(
                loader,
                new NewUser(
                        USERNAME,
                        "Rà soát viên " + village.fullName(),
                        password,
                        Set.of(Role.VILLAGE_REVIEWER),
                        List.of(village.id())));
    }
}
