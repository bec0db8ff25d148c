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
import vn.giamngheo.identity.NewUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.Actor;

class SecurityAndPlatformIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts users;

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
        Http session = new Http(port).login("admin");
        Http.Response r =
                session.post("/units/1/children", null, "application/x-www-form-urlencoded", "name=X&level=VILLAGE");
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void afterRepeatedFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        users.create(
                Actor.system("test"),
                new NewUser("doantu", "Đoàn Tú", "dung-mat-khau-1", Set.of(Role.AUDITOR), List.of(1L)));
        assertThat(http.get("/api/v1/admin-units?q=x", "doantu:dung-mat-khau-1").status())
                .isEqualTo(200);
        for (int i = 0; i < 8; i++) {
            assertThat(http.get("/api/v1/admin-units?q=x", "doantu:sai").status())
                    .isEqualTo(401);
        }
        // 8 failures with 3 free: the next attempt must wait 2^6 = 64 s, so the right password fails now
        assertThat(http.get("/api/v1/admin-units?q=x", "doantu:dung-mat-khau-1").status())
                .isEqualTo(401);
        long throttled = jdbc.sql(
                        "SELECT count(*) FROM audit_entry WHERE username = 'doantu' AND action = 'LOGIN_THROTTLED'")
                .query(Long.class)
                .single();
        assertThat(throttled).isPositive();
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{argon2}").doesNotContain("giamngheo-demo");
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
        Http official = new Http(port).login("xuanbai");
        assertThat(official.get("/", null).body()).contains("Xã Xuân Bái").contains("Huyện Thọ Xuân, Tỉnh Thanh Hóa");
        assertThat(official.get("/admin/audit", null).status()).isEqualTo(403);
        long xuanBai = jdbc.sql("SELECT id FROM admin_unit WHERE name = 'Xuân Bái'")
                .query(Long.class)
                .single();
        Http.Response audit =
                new Http(port).login("admin").get("/admin/audit?username=demo-loader&unitId=" + xuanBai, null);
        assertThat(audit.status()).isEqualTo(200);
        // the commune's subtree: the commune, its three villages, its 12 agencies, its 2024 target and its two helpers
        assertThat(audit.body())
                .contains("Tạo mới")
                .contains("Đơn vị hành chính")
                .contains("Cơ quan")
                .contains("Trạm Y tế xã")
                .doesNotContain("AdminUnit");
        assertThat(audit.body().split("<tr>").length - 2).isEqualTo(1 + 3 + 12 + 1 + 2);
    }
}
