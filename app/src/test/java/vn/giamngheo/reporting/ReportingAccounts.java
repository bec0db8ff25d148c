package vn.giamngheo.reporting;

import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

/** The reporting ITs' accounts: their own administrator and officials, never the demo's. */
abstract class ReportingAccounts extends IntegrationTestBase {
    @Autowired
    UserAccounts accounts;

    private String admin;

    /** A national administrator of this test's own. */
    String admin() {
        if (admin == null) {
            admin = new TestUsers(accounts).anAdministrator();
        }
        return admin;
    }

    /** A commune official of a commune of this test's own (outside every other unit of the test). */
    String officialElsewhere(TestUnits.Commune commune) {
        return new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, commune.unit());
    }
}
