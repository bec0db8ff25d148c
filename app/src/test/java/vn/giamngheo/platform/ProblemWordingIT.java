package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
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
    AdminUnits units;

    @Autowired
    UserAccounts users;

    Http http;

    /** An administrator, and a commune official whose district is outside their jurisdiction. */
    String admin;

    String official;
    AdminUnit district;
    TestUnits.Commune commune;

    @BeforeEach
    void client() {
        http = new Http(port);
        TestUnits places = new TestUnits(units);
        district = places.aDistrictIn(places.aProvince());
        AdminUnit unit = places.aCommuneIn(district);
        commune = new TestUnits.Commune(units.get(district.parentId()), unit, places.villagesIn(unit, 1));
        TestUsers accounts = new TestUsers(users);
        admin = accounts.anAdministrator();
        official = accounts.a(Role.COMMUNE_OFFICIAL, unit);
    }

    @Test
    void anApiBadRequestCarriesEveryProblemsCodeAndIsWordedByAcceptLanguage() {
        String body = "{\"name\":\" \",\"level\":\"VILLAGE\",\"parentId\":" + commune.id() + "}";
        Http.Response vi = http.postJson("/api/v1/admin-units", admin, body);
        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(vi.json().get("code").asString()).isEqualTo("input.invalid");
        assertThat(vi.json().get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(vi.json().get("errors").get(0).get("code").asString()).isEqualTo("adminunit.nameMissing");
        assertThat(vi.json().get("detail").asString()).isEqualTo("trường tên: Chưa nhập tên đơn vị.");

        Http.Response en = http.postJson("/api/v1/admin-units", admin, body, "Accept-Language", "en-GB,en;q=0.8");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("errors").get(0).get("code").asString()).isEqualTo("adminunit.nameMissing");
        assertThat(en.json().get("detail").asString()).isEqualTo("field name: The name is missing.");
    }

    @Test
    void anApiReadOutsideTheJurisdictionIsRefusedWithItsCodeInEitherLanguage() {
        long district = this.district.id();
        String path = "/api/v1/reports/summary?unitId=" + district + "&year=2024";
        Http.Response vi = http.get(path, official);
        assertThat(vi.status()).isEqualTo(403);
        assertThat(vi.json().get("code").asString()).isEqualTo("access.outside");
        assertThat(vi.json().get("detail").asString())
                .isEqualTo("Địa bàn " + district + " nằm ngoài địa bàn phụ trách của bạn.");
        Http.Response en = http.get(path, official, "Accept-Language", "en");
        assertThat(en.json().get("detail").asString())
                .isEqualTo("Administrative unit " + district + " is outside your jurisdiction.");
        assertThat(en.json().get("code").asString()).isEqualTo("access.outside");
    }

    @Test
    void anApiRecordThatDoesNotExistIsA404WordedWithItsKind() {
        Http.Response vi = http.get("/api/v1/admin-units/" + MISSING, admin);
        assertThat(vi.status()).isEqualTo(404);
        assertThat(vi.json().get("code").asString()).isEqualTo("access.notFound");
        assertThat(vi.json().get("detail").asString())
                .isEqualTo("Địa bàn " + MISSING + " không tồn tại hoặc đã bị xoá.");
        Http.Response en = http.get("/api/v1/admin-units/" + MISSING, admin, "Accept-Language", "en");
        assertThat(en.json().get("detail").asString())
                .isEqualTo("Administrative unit " + MISSING + " does not exist or has been removed.");
    }

    @Test
    void anApiSaveOnAStaleVersionIsA409() {
        long village = commune.village(1).id();
        String name = http.get("/api/v1/admin-units/" + village, admin)
                .json()
                .get("name")
                .asString();
        String body = "{\"name\":\"" + name + "\",\"version\":987654}";
        Http.Response vi = http.postJson("/api/v1/admin-units/" + village + "/rename", admin, body);
        assertThat(vi.status()).isEqualTo(409);
        assertThat(vi.json().get("code").asString()).isEqualTo("access.concurrent");
        assertThat(vi.json().get("detail").asString()).startsWith("Địa bàn " + village + " vừa được người khác sửa");
        Http.Response en =
                http.postJson("/api/v1/admin-units/" + village + "/rename", admin, body, "Accept-Language", "en");
        assertThat(en.json().get("detail").asString()).startsWith("Administrative unit " + village + " was changed");
    }

    @Test
    void aPageTheRoleDoesNotOpenIsAVietnamese403NotSpringsWhitelabelPage() {
        Http page = new Http(port).login(official);
        Http.Response vi = page.get("/admin/audit", null);
        assertThat(vi.status()).isEqualTo(403);
        assertThat(vi.body())
                .contains("lang=\"vi\"")
                .contains("Bạn không có quyền mở trang này.")
                .contains("data-code=\"access.forbidden\"")
                .doesNotContain("Whitelabel")
                .doesNotContain("status=403");
        Http.Response en = page.get("/admin/audit?lang=en", null);
        assertThat(en.status()).isEqualTo(403);
        assertThat(en.body()).contains("You do not have the permission to open this page.");
    }

    @Test
    void pagesWordNotFoundOutsideAndMissingParametersInTheReadersLanguage() {
        Http page = new Http(port).login(official);
        Http.Response unknown = page.get("/khong-co-trang-nay", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không có trang này").doesNotContain("Whitelabel");

        Http.Response missing = page.get("/units/" + MISSING, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body())
                .contains("Địa bàn " + MISSING + " không tồn tại hoặc đã bị xoá.")
                .contains("data-code=\"access.notFound\"");

        long district = this.district.id();
        Http.Response outside = page.get("/reports/summary?unitId=" + district + "&year=2024", null);
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.body()).contains("Địa bàn " + district + " nằm ngoài địa bàn phụ trách của bạn.");

        Http.Response noUnit = page.get("/tasks/overdue", null);
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(noUnit.body())
                .contains("trường địa bàn: Thiếu thông tin bắt buộc trong yêu cầu.")
                .contains("data-code=\"input.invalid\"");
        Http.Response noUnitEn = page.get("/tasks/overdue?lang=en", null);
        assertThat(noUnitEn.body()).contains("field unit: A required parameter is missing.");
    }
}
