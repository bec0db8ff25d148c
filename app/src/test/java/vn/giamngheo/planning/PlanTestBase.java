package vn.giamngheo.planning;

import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

/** What the plan integration tests share: the facades their places are built with, and their own accounts. */
abstract class PlanTestBase extends IntegrationTestBase {
    @Autowired
    AdminUnits units;

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    private String admin;

    /** A national administrator of this test's own, made on first use. */
    String admin() {
        if (admin == null) {
            admin = new TestUsers(accounts).anAdministrator();
        }
        return admin;
    }

    /** A new commune official whose jurisdiction is the commune. */
    String officialOf(AdminUnit commune) {
        return new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, commune);
    }

    PlanFixtures.Place newPlace(int communes) {
        return PlanFixtures.newPlace(units, agencies, communes);
    }

    AdminUnit newDistrict() {
        return PlanFixtures.newDistrict(units, agencies);
    }

    AdminUnit newCommune(AdminUnit district) {
        return PlanFixtures.newCommune(units, agencies, district.id());
    }
}
