package vn.giamngheo;

import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

/** An integration test with accounts of its own: an administrator made on first use, and officials of its units. */
public abstract class OwnAccounts extends IntegrationTestBase {
    @Autowired
    protected UserAccounts accounts;

    private String admin;

    /** A national administrator of this test's own, made on first use. */
    protected String admin() {
        if (admin == null) {
            admin = new TestUsers(accounts).anAdministrator();
        }
        return admin;
    }

    /** A new commune official whose jurisdiction is the commune. */
    protected String officialOf(AdminUnit commune) {
        return new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, commune);
    }
}
