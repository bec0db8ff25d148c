package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;

/**
 * Refusals and problems reach people worded in their language with a stable code beside: pages in
 * Vietnamese unless {@code ?lang=en}, the API by {@code Accept-Language} (Vietnamese when absent),
 * and never Spring's English "Whitelabel" page. Decision 0103.
 */
class ProblemWordingIT extends IntegrationTestBase {
    private static final String MISSING = "987654321";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    long unit(String name) {
        return jdbc.sql("SELECT id FROM admin_unit WHERE name = :n ORDER BY id LIMIT 1")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    @Test
    void anApiBadRequestCarriesEveryProblemsCodeAndIsWordedByAcceptLanguage() {
        String body = "{\"name\":\" \",\"level\":\"VILLAGE\",\"parentId\":" + unit("Xuân Bái") + "}";
        Http.Response vi = http.postJson("/api/v1/admin-units", "admin", body);
        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(vi.json().get("code").asString()).isEqualTo("input.invalid");
        assertThat(vi.json().get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(vi.json().get("errors").get(0).get("code").asString()).isEqualTo("adminunit.nameMissing");
        assertThat(vi.json().get("detail").asString()).isEqualTo("trường tên: Chưa nhập tên đơn vị.");

        Http.Response en = http.postJson("/api/v1/admin-units", "admin", body, "Accept-Language", "en-GB,en;q=0.8");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("errors").get(0).get("code").asString()).isEqualTo("adminunit.nameMissing");
        assertThat(en.json().get("detail").asString()).isEqualTo("field name: The name is missing.");
    }

    @Test
    void anApiReadOutsideTheJurisdictionIsRefusedWithItsCodeInEitherLanguage() {
        long district = unit("Thọ Xuân");
        String path = "/api/v1/reports/summary?unitId=" + district + "&year=2024";
        Http.Response vi = http.get(path, "xuanbai");
        assertThat(vi.status()).isEqualTo(403);
        assertThat(vi.json().get("code").asString()).isEqualTo("access.outside");
        assertThat(vi.json().get("detail").asString())
                .isEqualTo("Địa bàn " + district + " nằm ngoài địa bàn phụ trách của bạn.");
        Http.Response en = http.get(path, "xuanbai", "Accept-Language", "en");
        assertThat(en.json().get("detail").asString())
                .isEqualTo("Administrative unit " + district + " is outside your jurisdiction.");
        assertThat(en.json().get("code").asString()).isEqualTo("access.outside");
    }

    @Test
    void anApiRecordThatDoesNotExistIsA404WordedWithItsKind() {
        Http.Response vi = http.get("/api/v1/admin-units/" + MISSING, "admin");
        assertThat(vi.status()).isEqualTo(404);
        assertThat(vi.json().get("code").asString()).isEqualTo("access.notFound");
        assertThat(vi.json().get("detail").asString())
                .isEqualTo("Địa bàn " + MISSING + " không tồn tại hoặc đã bị xoá.");
        Http.Response en = http.get("/api/v1/admin-units/" + MISSING, "admin", "Accept-Language", "en");
        assertThat(en.json().get("detail").asString())
                .isEqualTo("Administrative unit " + MISSING + " does not exist or has been removed.");
    }

    @Test
    void anApiSaveOnAStaleVersionIsA409() {
        long village = jdbc.sql("SELECT id FROM admin_unit WHERE level = 'VILLAGE' ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        String name = http.get("/api/v1/admin-units/" + village, "admin")
                .json()
                .get("name")
                .asString();
        String body = "{\"name\":\"" + name + "\",\"version\":987654}";
        Http.Response vi = http.postJson("/api/v1/admin-units/" + village + "/rename", "admin", body);
        assertThat(vi.status()).isEqualTo(409);
        assertThat(vi.json().get("code").asString()).isEqualTo("access.concurrent");
        assertThat(vi.json().get("detail").asString()).startsWith("Địa bàn " + village + " vừa được người khác sửa");
        Http.Response en =
                http.postJson("/api/v1/admin-units/" + village + "/rename", "admin", body, "Accept-Language", "en");
        assertThat(en.json().get("detail").asString()).startsWith("Administrative unit " + village + " was changed");
    }

    @Test
    void aPageTheRoleDoesNotOpenIsAVietnamese403NotSpringsWhitelabelPage() {
        Http official = new Http(port).login("xuanbai");
        Http.Response vi = official.get("/admin/audit", null);
        assertThat(vi.status()).isEqualTo(403);
        assertThat(vi.body())
                .contains("lang=\"vi\"")
                .contains("Bạn không có quyền mở trang này.")
                .contains("data-code=\"access.forbidden\"")
                .doesNotContain("Whitelabel")
                .doesNotContain("status=403");
        Http.Response en = official.get("/admin/audit?lang=en", null);
        assertThat(en.status()).isEqualTo(403);
        assertThat(en.body()).contains("You do not have the permission to open this page.");
    }

    @Test
    void pagesWordNotFoundOutsideAndMissingParametersInTheReadersLanguage() {
        Http official = new Http(port).login("xuanbai");
        Http.Response unknown = official.get("/khong-co-trang-nay", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không có trang này").doesNotContain("Whitelabel");

        Http.Response missing = official.get("/units/" + MISSING, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body())
                .contains("Địa bàn " + MISSING + " không tồn tại hoặc đã bị xoá.")
                .contains("data-code=\"access.notFound\"");

        long district = unit("Thọ Xuân");
        Http.Response outside = official.get("/reports/summary?unitId=" + district + "&year=2024", null);
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.body()).contains("Địa bàn " + district + " nằm ngoài địa bàn phụ trách của bạn.");

        Http.Response noUnit = official.get("/tasks/overdue", null);
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(noUnit.body())
                .contains("trường địa bàn: Thiếu thông tin bắt buộc trong yêu cầu.")
                .contains("data-code=\"input.invalid\"");
        Http.Response noUnitEn = official.get("/tasks/overdue?lang=en", null);
        assertThat(noUnitEn.body()).contains("field unit: A required parameter is missing.");
    }
}
