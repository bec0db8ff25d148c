package vn.giamngheo.planning;

import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.OwnAccounts;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.agency.Agencies;

/** What the plan integration tests share: the facades their places are built with, and their own accounts. */
abstract class PlanTestBase extends OwnAccounts {
    @Autowired
    AdminUnits units;

    @Autowired
    Agencies agencies;

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
