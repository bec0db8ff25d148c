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
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

/**
 * Malformed requests found by an attack run, each once answered with a 500: now a 400 (or 404/413)
 * with a problem value — problem details on the API, a Vietnamese page elsewhere — and never a stack
 * trace or Spring's Whitelabel page.
 */
class BadInputIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    UserAccounts users;

    Http api;

    /** An administrator and a province, district and commune of the test's own. */
    String admin;

    AdminUnit province;
    AdminUnit district;
    AdminUnit commune;

    @BeforeEach
    void client() {
        api = new Http(port);
        admin = new TestUsers(users).anAdministrator();
        TestUnits places = new TestUnits(units);
        province = places.aProvince();
        district = places.aDistrictIn(province);
        commune = places.aCommuneIn(district);
    }

    String rawRequest(String head) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.shutdownOutput(); // no body follows
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static void isProblem(Http.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).contains("\"code\":\"" + code + "\"").doesNotContain("Exception");
    }

    static void isVietnamesePage(Http.Response r, int status, String text) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.body())
                .contains("lang=\"vi\"")
                .contains(text)
                .doesNotContain("Whitelabel")
                .doesNotContain("Exception")
                .doesNotContain("at vn.giamngheo");
    }

    @Test
    void theApiAnswersMalformedParametersAndBodiesWithProblemDetails() {
        isProblem(api.get("/api/v1/admin-units/abc", admin), 400, "request.parameterValue");
        isProblem(
                api.get("/api/v1/helpers?unitId=" + province.id() + "&year=99999999999", admin),
                400,
                "request.parameterValue");
        isProblem(api.get("/api/v1/helpers?year=2024", admin), 400, "request.parameterMissing");
        isProblem(api.postJson("/api/v1/admin-units/" + province.id() + "/merge", admin, "{"), 400, "input.unreadable");
        isProblem(
                api.postJson("/api/v1/admin-units/" + province.id() + "/merge", admin, "null"),
                400,
                "input.unreadable");
        isProblem(api.postJson("/api/v1/admin-units/" + province.id() + "/merge", admin, ""), 400, "input.unreadable");
        Http.Response nullStandard = api.postJson("/api/v1/standards/x/corrections", admin, "null");
        assertThat(nullStandard.status()).as(nullStandard.body()).isEqualTo(400);
    }

    @Test
    void pathIdsInOtherDigitsThanAsciiAreRefused() {
        assertThat(api.get("/api/v1/admin-units/" + province.id(), admin).status())
                .isEqualTo(200);
        isProblem(api.get("/api/v1/admin-units/\uFF11", admin), 400, "input.wrongType");
        isProblem(api.get("/api/v1/admin-units/\u0661", admin), 400, "input.wrongType");
    }

    @Test
    void missingFieldsOfAReorganisationAreNamed() {
        long province = this.province.id();
        Http.Response merge = api.postJson("/api/v1/admin-units/" + province + "/merge", admin, "{}");
        isProblem(merge, 400, "input.missing");
        assertThat(merge.body()).contains("\"field\":\"predecessorIds\"");
        isProblem(
                api.postJson(
                        "/api/v1/admin-units/" + province + "/merge",
                        admin,
                        "{\"predecessorIds\":[null],\"effective\":\"2025-07-01\"}"),
                400,
                "input.missing");
        isProblem(
                api.postJson(
                        "/api/v1/admin-units/" + province + "/merge",
                        admin,
                        "{\"predecessorIds\":[" + commune.id() + "]}"),
                400,
                "input.missing");
        Http.Response abolish = api.postJson("/api/v1/admin-units/" + province + "/abolish-districts", admin, "{}");
        isProblem(abolish, 400, "input.missing");
        assertThat(abolish.body()).contains("\"field\":\"lastDay\"");
    }

    @Test
    void aValueTheDatabaseRefusesIsA400NotA500() {
        long commune = this.commune.id();
        isProblem(
                api.postJson(
                        "/api/v1/unit-statistics",
                        admin,
                        "{\"unitId\":" + commune + ",\"year\":2024,\"totalHouseholds\":-5}"),
                400,
                "input.outOfRange");
        isProblem(
                api.send(
                        "PUT", "/api/v1/targets", admin, "{\"unitId\":" + commune + ",\"year\":2024,\"poorStart\":-7}"),
                400,
                "input.outOfRange");
    }

    @Test
    void aNulCharacterIsRefusedWithAClearMessage() {
        isProblem(api.get("/api/v1/admin-units?q=a%00b", admin), 400, "input.nul");
        isProblem(
                api.postJson("/api/v1/admin-units/" + province.id() + "/rename", admin, "{\"name\":\"a\\u0000b\"}"),
                400,
                "input.nul");
        Http session = new Http(port).login(admin);
        String token = Http.csrfToken(session.get("/households/new", null).body());
        isVietnamesePage(
                session.post(
                        "/units/" + province.id() + "/rename",
                        null,
                        "application/x-www-form-urlencoded",
                        "name=a%00b&_csrf=" + Http.q(token)),
                400,
                "ký tự điều khiển NUL");
    }

    @Test
    void pagesAnswerBadInputWithAVietnamesePage() {
        Http session = new Http(port).login(admin);
        String users = session.get("/admin/users", null).body();
        isVietnamesePage(
                session.post(
                        "/admin/users",
                        null,
                        "application/x-www-form-urlencoded",
                        "username=abcdef&fullName=A&password=mot-mat-khau-dai&roles=AUDITOR&unitIds=abc&_csrf="
                                + Http.q(Http.csrfToken(users))),
                400,
                "không phải một địa bàn đã chọn");
        isVietnamesePage(session.get("/units/abc", null), 400, "Giá trị “abc” không hợp lệ");
        isVietnamesePage(session.get("/error", null), 404, "Không tìm thấy");
        isVietnamesePage(new Http(port).get("/error", null), 404, "Không tìm thấy");
        isVietnamesePage(session.get("/no-such-page", null), 404, "Không tìm thấy");
        String token = Http.csrfToken(session.get("/households/new", null).body());
        isVietnamesePage(
                session.post(
                        "/households/new",
                        null,
                        "application/x-www-form-urlencoded",
                        "members%5B99999%5D.fullName=X&_csrf=" + Http.q(token)),
                400,
                "Dữ liệu không hợp lệ");
        isVietnamesePage(
                session.post("/plans/save", null, "application/x-www-form-urlencoded", "_csrf=" + Http.q(token)),
                400,
                "Thiếu giá trị bắt buộc");
        isVietnamesePage(
                session.post(
                        "/plans/upload",
                        null,
                        "application/x-www-form-urlencoded",
                        "unitId=" + province.id() + "&_csrf=" + Http.q(token)),
                400,
                "Chưa chọn tệp");
    }

    @Test
    void theChildrenOfAUnitOpenInTheHierarchyTree() {
        Http session = new Http(port).login(admin);
        Http.Response children = session.get("/units/" + province.id() + "/children", null);
        assertThat(children.status()).as(children.body()).isEqualTo(200);
        assertThat(children.body()).contains(district.name());
    }

    @Test
    void householdNullIsAProblemOnTheField() {
        Http.Response r = api.send("PUT", "/api/v1/households/1", admin, "{\"household\":null,\"version\":1}");
        isProblem(r, 400, "input.missing");
        assertThat(r.body()).contains("\"field\":\"household\"");
    }

    @Test
    void aBodyLargerThanItsEndpointTakesIsRefusedBeforeItIsRead() throws Exception {
        // the length is declared and nothing sent: the answer comes from the declaration alone
        String answer = rawRequest("POST /api/v1/admin-units/" + province.id()
                + "/rename HTTP/1.1\r\nHost: localhost\r\n" + "Content-Type: application/json\r\nContent-Length: "
                + (11 << 20) + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"input.tooLarge\"");
    }
}
