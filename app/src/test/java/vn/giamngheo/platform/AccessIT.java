package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.identity.NewUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccount;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;

/** Accesses an attack run found allowed that must be refused. */
class AccessIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdminUnits units;

    final Actor system = Actor.system("test");

    /** The province of the test's own that its account covers. */
    long unit;

    UserAccount user(Role role) {
        unit = new TestUnits(units).aProvince().id();
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(system, new NewUser(name, "Người thử", TestUsers.PASSWORD, Set.of(role), List.of(unit)));
    }

    @Test
    void aDisabledUsersOpenSessionEndsAtTheNextRequest() {
        UserAccount u = user(Role.AUDITOR);
        Http session = new Http(port).login(u.username());
        assertThat(session.get("/admin/audit", null).status()).isEqualTo(200);
        assertThat(session.get("/api/v1/admin-units/" + unit, null).status()).isEqualTo(200);
        users.update(system, u.id(), u.fullName(), false, u.roles(), u.jurisdictionUnitIds(), u.version());
        Http.Response page = session.get("/admin/audit", null);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(session.get("/api/v1/admin-units/" + unit, null).status()).isEqualTo(401);
    }

    @Test
    void aRemovedRoleIsGoneAtTheNextRequest() {
        UserAccount u = user(Role.AUDITOR);
        Http session = new Http(port).login(u.username());
        assertThat(session.get("/admin/audit", null).status()).isEqualTo(200);
        users.update(system, u.id(), u.fullName(), true, Set.of(Role.COMMUNE_OFFICIAL), List.of(unit), u.version());
        assertThat(session.get("/admin/audit", null).status()).isEqualTo(403);
    }

    @Test
    void aCookieAuthenticatedWriteNeedsItsCsrfTokenWhateverAuthorizationHeaderComesWithIt() throws Exception {
        UserAccount u = user(Role.PROVINCE_OFFICER);
        Http session = new Http(port).login(u.username());
        String body = "{\"name\":\"Đổi tên\",\"version\":999}"; // a stale version: nothing changes
        // the session cookie plus a header the server does not even read
        assertThat(session.sendWithHeader(
                                "POST", "/api/v1/admin-units/" + unit + "/rename", "Authorization", "Bearer x", body)
                        .status())
                .isEqualTo(403);
        // the session cookie plus Basic credentials: still a browser's session
        assertThat(session.postJson("/api/v1/admin-units/" + unit + "/rename", u.username(), body)
                        .status())
                .isEqualTo(403);
        // the same Basic credentials without a session: a script, no token needed (409 for the stale version)
        assertThat(new Http(port)
                        .postJson("/api/v1/admin-units/" + unit + "/rename", u.username(), body)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void theLoginPageAnswersTheSameForAnUnknownNameAndAThrottledRealOne() {
        UserAccount u = user(Role.AUDITOR);
        Http browser = new Http(port);
        for (int i = 0; i < 6; i++) {
            login(browser, u.username(), "sai-mat-khau-" + i);
        }
        // the right password now, while throttled
        Http.Response throttled = login(browser, u.username(), TestUsers.PASSWORD);
        Http.Response unknown = login(new Http(port), "khong-co-ai-" + u.username(), "sai-mat-khau");
        assertThat(throttled.headers().firstValue("Location").orElseThrow())
                .isEqualTo(unknown.headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error")
                .doesNotContain("wait");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = :u AND action = 'LOGIN_THROTTLED'")
                        .param("u", u.username())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void oneAddressTryingManyNamesIsThrottledEvenForARealAccount() throws IOException {
        UserAccount u = user(Role.AUDITOR);
        String address = "127.0.0.77";
        assertThat(basicFrom(address, u.username(), TestUsers.PASSWORD)).startsWith("HTTP/1.1 200");
        for (int i = 0; i < 30; i++) {
            assertThat(basicFrom(address, "doan-" + i, "sai-mat-khau")).startsWith("HTTP/1.1 401");
        }
        assertThat(basicFrom(address, u.username(), TestUsers.PASSWORD)).startsWith("HTTP/1.1 401");
        // the same account from another address is not locked out
        assertThat(basicFrom("127.0.0.78", u.username(), TestUsers.PASSWORD)).startsWith("HTTP/1.1 200");
    }

    @Test
    void commonPasswordsAreRefused() {
        assertThatThrownBy(() -> users.create(
                        system,
                        new NewUser(
                                "matkhauyeu",
                                "Người thử",
                                "aaaaaaaaaa",
                                Set.of(Role.AUDITOR),
                                List.of(new TestUnits(units).aProvince().id()))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.Problem::code)
                                .containsExactly("identity.passwordCommon"));
    }

    @Test
    void onlyWhoMayWritePlansMayUploadAPlanDocument() {
        UserAccount u = user(Role.AUDITOR);
        Http session = new Http(port).login(u.username());
        String token = Http.csrfToken(session.get("/", null).body());
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"unitId\"\r\n\r\n" + unit + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"k.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nKẾ HOẠCH\r\n--" + boundary + "--\r\n";
        Http.Response r = session.post("/plans/upload", null, "multipart/form-data; boundary=" + boundary, body);
        assertThat(r.status()).as(r.body()).isEqualTo(403);
    }

    Http.Response login(Http browser, String user, String password) {
        String token = Http.csrfToken(browser.get("/login", null).body());
        return browser.post(
                "/login",
                null,
                "application/x-www-form-urlencoded",
                "username=" + Http.q(user) + "&password=" + Http.q(password) + "&_csrf=" + Http.q(token));
    }

    /** A Basic request sent from a given loopback address, so address throttling can be seen alone. */
    String basicFrom(String address, String user, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout(20_000);
            String credentials =
                    Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            String request = "GET /api/v1/admin-units/" + unit + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + credentials + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
