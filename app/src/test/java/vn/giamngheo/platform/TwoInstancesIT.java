package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.AppProcess;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

/**
 * Two instances on one database behind Debian's HAProxy (decisions 1810, 1813): this test's own
 * application and a second one started as a process on the same PostgreSQL. A user logs in through
 * the balancer (round robin, no stickiness), writes, the second instance is killed with SIGKILL, and
 * the same session goes on through the balancer on the first: still logged in, its CSRF token still
 * good for a write, the earlier write still there. Needs {@code /usr/sbin/haproxy} (.ci/run installs it).
 */
class TwoInstancesIT extends IntegrationTestBase {
    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    @Autowired
    EmbeddedPostgresServer database;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdminUnits units;

    @Autowired
    UserAccounts users;

    @LocalServerPort
    int firstPort;

    @TempDir
    Path tmp;

    @Test
    void aSessionStartedThroughTheBalancerOutlivesTheInstanceThatWasKilled() throws Exception {
        assertThat(HAPROXY).as("HAProxy from Debian (apt-get install haproxy)").exists();
        int secondPort = AppProcess.freePort();
        int balancerPort = AppProcess.freePort();
        Process second = AppProcess.start(
                Map.of(
                        "SPRING_DATASOURCE_URL", database.jdbcUrl(),
                        "SPRING_DATASOURCE_USERNAME", "postgres",
                        "SPRING_DATASOURCE_PASSWORD", database.password()),
                tmp.resolve("second.log").toFile(),
                "--server.port=" + secondPort,
                "--giamngheo.data-dir=" + tmp.resolve("second"),
                "--giamngheo.demo=false",
                "--giamngheo.warm-up.rounds=3",
                "--spring.datasource.hikari.maximum-pool-size=5");
        Process balancer = null;
        try {
            awaitReady(new Http(secondPort), second);
            balancer = startBalancer(balancerPort, firstPort, secondPort);
            Http browser = new Http(balancerPort);
            awaitBalancer(browser);

            String administrator = new TestUsers(users).anAdministrator();
            browser.login(administrator);
            String csrf = Http.csrfToken(browser.get("/", null).body());
            // round robin without stickiness: these requests reach both instances with one session
            for (int i = 0; i < 4; i++) {
                assertThat(browser.get("/households", null).status()).isEqualTo(200);
            }
            long commune = new TestUnits(units).aCommune().id();
            Http.Response before = browser.sendWithHeader(
                    "POST",
                    "/api/v1/admin-units",
                    "X-CSRF-TOKEN",
                    csrf,
                    "{\"parentId\":" + commune + ",\"name\":\"Thôn Trước Sự Cố\",\"level\":\"VILLAGE\"}");
            assertThat(before.status()).as(before.body()).isEqualTo(201);
            long village = before.json().get("id").asLong();

            second.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: its sessions die with it if in memory

            for (int i = 0; i < 4; i++) {
                Http.Response page = browser.get("/households", null);
                assertThat(page.status())
                        .as("request %d after the failure (a redirect to the login page = session lost)", i)
                        .isEqualTo(200);
            }
            Http.Response after = browser.sendWithHeader(
                    "POST",
                    "/api/v1/admin-units",
                    "X-CSRF-TOKEN",
                    csrf,
                    "{\"parentId\":" + commune + ",\"name\":\"Thôn Sau Sự Cố\",\"level\":\"VILLAGE\"}");
            assertThat(after.status()).as(after.body()).isEqualTo(201);
            assertThat(browser.get("/api/v1/admin-units/" + village, null)
                            .json()
                            .get("name")
                            .asString())
                    .isEqualTo("Thôn Trước Sự Cố");
            assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :u")
                            .param("u", administrator)
                            .query(Long.class)
                            .single())
                    .as("the session is a row of the database")
                    .isPositive();
        } finally {
            second.destroyForcibly();
            if (balancer != null) {
                balancer.destroy();
                balancer.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private Process startBalancer(int port, int first, int second) throws Exception {
        Path config = tmp.resolve("haproxy.cfg");
        Files.writeString(config, """
                defaults
                    mode http
                    option redispatch 1
                    retries 3
                    retry-on conn-failure empty-response response-timeout
                    timeout connect 2s
                    timeout client 30s
                    timeout server 30s
                frontend web
                    bind 127.0.0.1:%d
                    default_backend instances
                backend instances
                    balance roundrobin
                    http-request disable-l7-retry unless { method GET HEAD }
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server inter 500ms fall 2 rise 1
                    server first 127.0.0.1:%d check
                    server second 127.0.0.1:%d check
                """.formatted(port, first, second));
        File log = tmp.resolve("haproxy.log").toFile();
        return new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
    }

    /** The second instance's readiness; up to 5 minutes, as a start on a shared, busy machine may take. */
    private static void awaitReady(Http http, Process process) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            assertThat(process.isAlive())
                    .as("second instance died during start")
                    .isTrue();
            try {
                if (http.get("/actuator/health/readiness", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while starting
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the second instance was not ready within 5 minutes");
    }

    private static void awaitBalancer(Http http) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            try {
                if (http.get("/actuator/health/readiness", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the balancer did not answer");
    }
}
