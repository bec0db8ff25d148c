package vn.giamngheo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.OutsideJurisdiction;

/**
 * The identity module through its facade {@link UserAccounts}, with accounts over this test's own
 * province: a new account signs in with its password and not with another, bad input lists every
 * field, and an officer grants nothing outside their own jurisdiction.
 */
class UserAccountsIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AdminUnits units;

    @Autowired
    CurrentUser currentUser;

    @Test
    void aNewAccountSignsInWithItsPasswordOnly() {
        AdminUnit province = new TestUnits(units).aProvince();
        String officer = new TestUsers(accounts).a(Role.PROVINCE_OFFICER, province);
        Http http = new Http(port);

        assertThat(http.get("/api/v1/admin-units/" + province.id(), officer).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/admin-units/" + province.id(), officer + ":not-the-password")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void badInputListsEveryFieldAndCreatesNothing() {
        String username = "x" + TestUnits.tag();
        InvalidInput refused = (InvalidInput) org.assertj.core.api.Assertions.catchThrowable(() -> accounts.create(
                vn.giamngheo.shared.Actor.system("it"), new NewUser(username, " ", "short", Set.of(), List.of())));

        assertThat(refused.problems())
                .extracting(InvalidInput.Problem::field)
                .containsExactlyInAnyOrder("fullName", "password", "roles");
        assertThat(accounts.list(vn.giamngheo.shared.Actor.system("it")))
                .extracting(UserAccount::username)
                .doesNotContain(username);
    }

    @Test
    void anOfficerGrantsNothingOutsideTheirProvince() {
        TestUnits places = new TestUnits(units);
        AdminUnit mine = places.aProvince();
        AdminUnit other = places.aProvince();
        String officer = new TestUsers(accounts).a(Role.PROVINCE_OFFICER, mine);

        assertThatThrownBy(() -> accounts.create(
                        currentUser.actorFor(officer),
                        new NewUser(
                                "y" + TestUnits.tag(),
                                "Cán bộ khác",
                                TestUsers.PASSWORD,
                                Set.of(Role.COMMUNE_OFFICIAL),
                                List.of(other.id()))))
                .isInstanceOf(OutsideJurisdiction.class);
    }
}
