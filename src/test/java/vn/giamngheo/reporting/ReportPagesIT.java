package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.planning.PovertyTarget;
import vn.giamngheo.planning.Targets;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.Reviews;

/** The report pages and the dashboard as a logged-in user sees them, and their CSV tables. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesIT extends IntegrationTestBase {
    @Autowired
    AdminUnits units;

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewImport imports;

    @Autowired
    ReviewProcedure procedure;

    @Autowired
    Targets targets;

    @LocalServerPort
    int port;

    AdminUnit district;
    AdminUnit commune;

    @BeforeAll
    void load() {
        ReviewFixture f = new ReviewFixture(units, reviews, imports, procedure);
        String tag = ReviewFixture.tag();
        AdminUnit province = f.unit(null, tag, "Trang " + tag, "Tỉnh", "PROVINCE");
        district = f.unit(province.id(), tag + "-d", "Biểu Đồ", "Huyện", "DISTRICT");
        commune = f.commune(district.id(), tag + "-c1", "Cột", 1);
        AdminUnit other = f.commune(district.id(), tag + "-c2", "Đường", 1);
        f.baseline(
                commune.id(),
                2024,
                List.of(
                        MpiApiIT.household(tag + "-a1", "POOR", 3, "WATER", "SANITATION", "HOUSING_AREA"),
                        MpiApiIT.household(tag + "-a2", "NEAR_POOR", 2, "WATER")),
                null);
        f.baseline(
                other.id(),
                2024,
                List.of(
                        MpiApiIT.household(tag + "-b1", "POOR", 4, "NUTRITION", "WATER", "TELECOM"),
                        MpiApiIT.household(tag + "-b2", "POOR", 1, "EMPLOYMENT", "WATER", "SANITATION")),
                null);
        targets.setTarget(
                f.actor, new PovertyTarget(commune.id(), 2024, 5, 2, null, null, null, "test", Map.of(), null));
    }

    @Test
    void theDashboardShowsItsChartsWithTheirTables() {
        Http http = new Http(port).login("admin");
        Http.Response page = http.get("/reports/dashboard?unitId=" + district.id() + "&year=2025", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("chart-years", "chart-children", "chart-deprivations", "chart-progress")
                .contains("/dist/chart.umd")
                .contains("Xã Cột", "Xã Đường")
                .contains("years.csv", "children.csv", "deprivations.csv", "progress.csv");
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"([^\"]*chart\\.umd[^\"]*)\"")
                .matcher(page.body());
        assertThat(script.find()).as("the page loads chart.js").isTrue();
        assertThat(http.get(script.group(1), null).status()).isEqualTo(200);
        java.util.regex.Matcher own = java.util.regex.Pattern.compile("src=\"([^\"]*dashboard[^\"]*\\.js)\"")
                .matcher(page.body());
        assertThat(own.find()).as("the page loads its dashboard script").isTrue();
        assertThat(http.get(own.group(1), null).status()).isEqualTo(200);
        String children = http.get("/reports/dashboard/children.csv?unitId=" + district.id() + "&year=2025", null)
                .body();
        assertThat(children.lines().toList())
                .first()
                .isEqualTo("unit_id,unit,households,poor,poor_rate,near_poor_rate");
        assertThat(children).contains("\"Xã Cột\",2,1,50.00,50.00").contains("\"Xã Đường\",2,2,100.00,");
        String progress = http.get("/reports/dashboard/progress.csv?unitId=" + district.id() + "&year=2025", null)
                .body();
        // the baseline's lists are all "newly poor": net reduction −1 in Xã Cột against a plan of 2
        assertThat(progress).contains("\"Xã Cột\",5,2,0,0,1,-1");
        String deprivations = http.get(
                        "/reports/dashboard/deprivations.csv?unitId=" + district.id() + "&year=2025", null)
                .body();
        assertThat(deprivations).contains("WATER,3,100.00");
    }

    @Test
    void everyFormHasItsPageWithDownloads() {
        Http http = new Http(port).login("admin");
        for (String form : List.of("summary", "flows", "deprivations", "groups", "children", "lists")) {
            Http.Response page = http.get("/reports/" + form + "?unitId=" + district.id() + "&year=2025", null);
            assertThat(page.status()).as(form).isEqualTo(200);
            assertThat(page.body()).contains("format=xlsx", "format=pdf", "Xã Cột");
        }
        Http.Response english = http.get("/reports/summary?unitId=" + district.id() + "&year=2025&lang=en", null);
        assertThat(english.body()).contains("Households: poor");
    }

    @Test
    void theUnitPageAndTheNavigationLinkToTheReports() {
        Http http = new Http(port).login("admin");
        assertThat(http.get("/units/" + commune.id(), null).body())
                .contains("/reports/dashboard?unitId=" + commune.id());
        assertThat(http.get("/", null).body()).contains("href=\"/reports\"");
        assertThat(http.get("/reports", null).status()).isEqualTo(200);
    }

    @Test
    void aCommuneOfficialSeesOnlyTheirCommune() {
        Http http = new Http(port).login("xuanbai");
        assertThat(http.get("/reports/dashboard?unitId=" + district.id() + "&year=2025", null)
                        .status())
                .isEqualTo(403);
        Http.Response own = http.get("/reports", null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Xuân Bái");
    }
}
