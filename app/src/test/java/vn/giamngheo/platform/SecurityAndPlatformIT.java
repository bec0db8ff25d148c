package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.agency.AgencyKind;
import vn.giamngheo.identity.NewUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.Actor;

class SecurityAndPlatformIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts users;

    @Autowired
    AdminUnits units;

    @Autowired
    Agencies agencies;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theRootLeadsToAVietnameseLoginPageAndEnglishIsOneClickAway() {
        Http.Response root = http.get("/", null);
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        Http.Response login = http.get("/login", null);
        assertThat(login.body())
                .contains("lang=\"vi\"")
                .contains("Đăng nhập")
                .contains("Mật khẩu")
                .contains("name=\"_csrf\"");
        assertThat(http.get("/login?lang=en", null).body())
                .contains("lang=\"en\"")
                .contains("Password");
    }

    @Test
    void healthIsUpAndTheApiIsDocumentedByOpenApi() {
        assertThat(http.get("/actuator/health", null).body()).contains("\"UP\"");
        Http.Response docs = http.get("/api/v1/openapi", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/admin-units").contains("/api/v1/admin-units/{id}/children");
    }

    @Test
    void aBrowserFormPostWithoutItsCsrfTokenIsRefused() {
        Http session = new Http(port).login(new TestUsers(users).anAdministrator());
        AdminUnit province = new TestUnits(units).aProvince();
        Http.Response r = session.post(
                "/units/" + province.id() + "/children",
                null,
                "application/x-www-form-urlencoded",
                "name=X&level=VILLAGE");
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void afterRepeatedFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        String doantu = "doantu-" + TestUnits.tag();
        users.create(
                Actor.system("test"),
                new NewUser(
                        doantu,
                        "Đoàn Tú",
                        "dung-mat-khau-1",
                        Set.of(Role.AUDITOR),
                        List.of(new TestUnits(units).aProvince().id())));
        assertThat(http.get("/api/v1/admin-units?q=x", doantu + ":dung-mat-khau-1")
                        .status())
                .isEqualTo(200);
        for (int i = 0; i < 8; i++) {
            assertThat(http.get("/api/v1/admin-units?q=x", doantu + ":sai").status())
                    .isEqualTo(401);
        }
        // 8 failures with 3 free: the next attempt must wait 2^6 = 64 s, so the right password fails now
        assertThat(http.get("/api/v1/admin-units?q=x", doantu + ":dung-mat-khau-1")
                        .status())
                .isEqualTo(401);
        long throttled = jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = :u AND action = 'LOGIN_THROTTLED'")
                .param("u", doantu)
                .query(Long.class)
                .single();
        assertThat(throttled).isPositive();
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        String username = new TestUsers(users).anAdministrator();
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{argon2}").doesNotContain(TestUsers.PASSWORD);
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeleted() {
        assertThatThrownBy(
                        () -> jdbc.sql("UPDATE audit_entry SET username = 'x'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update()).hasMessageContaining("append-only");
    }

    @Test
    void theEmbeddedDatabaseRunsWithFsyncAndSynchronousCommit() {
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single())
                .isEqualTo("on");
        assertThat(jdbc.sql("SELECT current_setting('server_version_num')::int")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(170000);
    }

    @Test
    void theCommuneOfficialSeesTheCommuneOnTheHomePageAndTheAdminCanBrowseTheAudit() {
        TestUnits places = new TestUnits(units);
        AdminUnit province = places.aProvince();
        AdminUnit district = places.aDistrictIn(province);
        AdminUnit commune = places.aCommuneIn(district);
        places.villagesIn(commune, 3);
        // made by the same system account as the units, so that the filter below finds it
        agencies.create(
                Actor.system("test-units"), commune.id(), AgencyKind.HEALTH, "Trạm Y tế xã", "TYT xã", List.of());
        TestUsers accounts = new TestUsers(users);
        Http official = new Http(port).login(accounts.a(Role.COMMUNE_OFFICIAL, commune));
        assertThat(official.get("/", null).body())
                .contains("Xã " + commune.name())
                .contains("Huyện " + district.name() + ", Tỉnh " + province.name());
        assertThat(official.get("/admin/audit", null).status()).isEqualTo(403);
        Http.Response audit = new Http(port)
                .login(accounts.anAdministrator())
                .get("/admin/audit?username=test-units&unitId=" + commune.id(), null);
        assertThat(audit.status()).isEqualTo(200);
        // the commune's subtree only: the commune, its three villages and its agency
        assertThat(audit.body())
                .contains("Tạo mới")
                .contains("Đơn vị hành chính")
                .contains("Cơ quan")
                .contains("Trạm Y tế xã")
                .doesNotContain("AdminUnit");
        assertThat(audit.body().split("<tr>").length - 2).isEqualTo(1 + 3 + 1);
    }
}
