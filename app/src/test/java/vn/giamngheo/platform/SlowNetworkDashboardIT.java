package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.BrowserPages;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

/**
 * The dashboard on a slow mobile network, throttled through the DevTools protocol as DevTools'
 * "Slow 3G" does (400 ms latency, 400 kbit/s down, 400 kbit/s up, the cache empty): its first
 * contentful paint comes within 2 s — scripts are compressed, deferred and cached for a month.
 * The one timing goal the product checks in a test (the issue asks for it); the figure measured is
 * recorded in docs/benchmarks.md.
 */
class SlowNetworkDashboardIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    UserAccounts users;

    @Test
    void scriptsAreServedCompressedAndCachedForAMonth() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {
            "/webjars/chart.js/dist/chart.umd.js", "/webjars/htmx.org/dist/htmx.min.js", "/assets/js/page.js"
        }) {
            HttpResponse<byte[]> r = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            if (!path.endsWith("page.js")) {
                // page.js is smaller than the compression threshold
                assertThat(r.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            }
            assertThat(r.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .contains("max-age=2592000");
        }
    }

    @Test
    void theDashboardPaintsWithinTwoSecondsOnSlow3G() throws Exception {
        try (BrowserPages b = BrowserPages.open(port, 390, 844)) {
            AdminUnit commune = new TestUnits(units).aCommune().unit();
            b.login(new TestUsers(users).a(Role.COMMUNE_OFFICIAL, commune), TestUsers.PASSWORD);
            b.driver.executeCdpCommand("Network.enable", Map.of());
            b.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            b.driver.executeCdpCommand(
                    "Network.emulateNetworkConditions",
                    Map.of(
                            "offline",
                            false,
                            "latency",
                            400,
                            "downloadThroughput",
                            400 * 1024 / 8,
                            "uploadThroughput",
                            400 * 1024 / 8));
            b.go("/reports/dashboard");
            Number paint =
                    (Number) b.driver.executeScript("var p = performance.getEntriesByName('first-contentful-paint');"
                            + " return p.length ? p[0].startTime : -1;");
            System.out.println("dashboard first contentful paint on slow 3G: " + paint + " ms");
            assertThat(paint.doubleValue()).isPositive().isLessThanOrEqualTo(2000);
        }
    }
}
