package vn.giamngheo.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

class StandardPagesIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    UserAccounts users;

    @Test
    void theStandardsPageShowsLinesWithTheirConfidenceAndLeavesUnknownValuesUnset() {
        AdminUnit commune = new TestUnits(units).aCommune().unit();
        Http session = new Http(port).login(new TestUsers(users).a(Role.COMMUNE_OFFICIAL, commune));
        assertThat(session.get("/standards", null).body())
                .contains("QD59_2015")
                .contains("ND07_2021")
                .contains("ND351_2025");
        String nd07 = session.get("/standards/ND07_2021", null).body();
        assertThat(nd07)
                .contains("1.500.000")
                .contains("2.000.000")
                .contains("2.250.000")
                .contains("có khả năng (tạm tính)")
                .contains("140")
                .contains("175");
        String nd351 = session.get("/standards/ND351_2025", null).body();
        assertThat(nd351)
                .contains("2.200.000")
                .contains("2.800.000")
                .contains("chưa có căn cứ, để trống")
                .contains("WASTE");
    }
}
