package vn.giamngheo.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

/**
 * The reform page as an administrator and as a commune official, on the shared database: only dry
 * runs here (the shared base keeps the old structure; the import itself is ReformIT's).
 */
class ReformPagesIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private long unitsInForce() {
        return jdbc.sql("SELECT count(*) FROM admin_unit WHERE valid_to IS NULL")
                .query(Long.class)
                .single();
    }

    @Test
    void anAdministratorsDryRunReportsWhatWouldChangeInVietnameseAndStoresNothing() {
        String admin = new TestUsers(accounts).anAdministrator();
        Http http = new Http(port).login(admin);
        Http.Response page = http.get("/units/reform-2025", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Sắp xếp đơn vị hành chính từ 01/07/2025")
                .doesNotContain("Exception");
        long before = unitsInForce();

        Http.Response dry = http.post(
                "/units/reform-2025/import",
                null,
                "application/x-www-form-urlencoded",
                "scope=PRESENT&dryRun=true&_csrf=" + Http.q(Http.csrfToken(page.body())));
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.body()).contains("Kết quả chạy thử: những gì sẽ thay đổi (chưa lưu)");
        assertThat(unitsInForce()).as("a dry run stores nothing").isEqualTo(before);
    }

    @Test
    void aCommuneOfficialCannotImportTheOfficialLists() {
        TestUnits.Commune commune = new TestUnits(units).aCommune();
        String official = new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, commune.unit());
        Http http = new Http(port).login(official);
        Http.Response page = http.get("/units/reform-2025", null);
        String token = Http.csrfToken(http.get("/", null).body());
        long before = unitsInForce();
        Http.Response refused = http.post(
                "/units/reform-2025/import",
                null,
                "application/x-www-form-urlencoded",
                "scope=COUNTRY&dryRun=false&_csrf=" + Http.q(token));
        assertThat(refused.status()).as(page.status() + " " + refused.body()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Exception", "at vn.giamngheo");
        assertThat(unitsInForce()).isEqualTo(before);
    }

    @Test
    void aReportReadsInTodaysUnitsFromThePage() {
        String admin = new TestUsers(accounts).anAdministrator();
        TestUnits.Commune commune = new TestUnits(units).aCommune();
        Http http = new Http(port).login(admin);
        Http.Response current =
                http.get("/reports/summary?unitId=" + commune.province().id() + "&year=2024&structure=current", null);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.body()).contains("theo đơn vị hành chính hiện nay").contains("value=\"current\" checked");
        Http.Response recorded =
                http.get("/reports/summary?unitId=" + commune.province().id() + "&year=2024", null);
        assertThat(recorded.body()).doesNotContain("theo đơn vị hành chính hiện nay");
    }
}
