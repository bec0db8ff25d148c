package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.NewUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.planning.ObligationStatus;
import vn.giamngheo.planning.ObligationView;
import vn.giamngheo.planning.Obligations;
import vn.giamngheo.planning.Plans;
import vn.giamngheo.planning.PovertyTarget;
import vn.giamngheo.planning.Targets;
import vn.giamngheo.planning.UploadedFile;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.Reviews;

/** The report pages and the dashboard as a logged-in user sees them, and their CSV tables. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesIT extends ReportingAccounts {
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

    @Autowired
    Plans plans;

    @Autowired
    Obligations obligations;

    @Autowired
    UserAccounts users;

    @LocalServerPort
    int port;

    AdminUnit district;
    AdminUnit commune;
    AdminUnit other;
    /** Tells this class's plans from the demo's and other tests' ones. */
    String tag;
    /** A commune official of Xã Đường only. */
    String duongOfficial;

    @BeforeAll
    void load() {
        ReviewFixture f = new ReviewFixture(units, reviews, imports, procedure);
        tag = ReviewFixture.tag();
        AdminUnit province = f.unit(null, tag, "Trang " + tag, "Tỉnh", "PROVINCE");
        district = f.unit(province.id(), tag + "-d", "Biểu Đồ", "Huyện", "DISTRICT");
        commune = f.commune(district.id(), tag + "-c1", "Cột", 1);
        other = f.commune(district.id(), tag + "-c2", "Đường", 1);
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
        // the follow-up panels: a task of each commune's plan overdue since 2024, and the district's
        // plan asking every commune for a report by 20/6/2024 (missing ever since)
        savePlan(f, commune, "11/KH-UBND", "Cột", "Rà soát nhà ở hộ nghèo " + tag + "-cot.", "trước ngày 30/4/2024");
        savePlan(f, other, "12/KH-UBND", "Đường", "Hỗ trợ sinh kế " + tag + "-duong.", "trước ngày 31/5/2024");
        savePlan(
                f,
                district,
                "13/KH-UBND",
                "Biểu Đồ",
                "Tổng hợp kết quả " + tag + "-huyen.",
                "thường xuyên.\nIII. TỔ CHỨC THỰC HIỆN\n1. UBND các xã, thị trấn báo cáo kết quả rà soát về"
                        + " Phòng LĐ-TB&XH trước ngày 20/6/2024");
        // Xã Cột sends its report late, today; Xã Đường's stays missing
        List<ObligationView> cotReports =
                obligations.completeness(f.actor, commune.id(), 2024).obligations();
        assertThat(cotReports)
                .singleElement()
                .extracting(ObligationView::status)
                .isEqualTo(ObligationStatus.MISSING);
        ObligationView cotReport = cotReports.get(0);
        obligations.submit(f.actor, cotReport.id(), null, "{\"poor\":1}", "gửi muộn");
        duongOfficial = "duong-" + tag;
        users.create(
                f.actor,
                new NewUser(
                        duongOfficial,
                        "Cán bộ xã Đường",
                        Http.DEMO_PASSWORD,
                        Set.of(Role.COMMUNE_OFFICIAL),
                        List.of(other.id())));
    }

    /** A 2024 plan of the unit with one task, its schedule (and anything after it) as given. */
    private void savePlan(ReviewFixture f, AdminUnit unit, String number, String place, String task, String tail) {
        String text = "Số: " + number + "\n" + place + ", ngày 05 tháng 01 năm 2024\n"
                + "KẾ HOẠCH\nThực hiện công tác giảm nghèo năm 2024\n"
                + "II. NỘI DUNG\n1. " + task + "\n"
                + "* Phân công thực hiện: Phòng LĐ-TB&XH chủ trì, phối hợp với UBND các xã, thị trấn thực hiện "
                + tail + ".\n";
        plans.save(
                f.actor,
                plans.draft(
                        unit.id(), new UploadedFile("plan.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8))),
                null);
    }

    @Test
    void theDashboardShowsItsChartsWithTheirTables() {
        Http http = new Http(port).login(admin());
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
        Http http = new Http(port).login(admin());
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
        Http http = new Http(port).login(admin());
        assertThat(http.get("/units/" + commune.id(), null).body())
                .contains("/reports/dashboard?unitId=" + commune.id());
        assertThat(http.get("/", null).body()).contains("href=\"/reports\"");
        assertThat(http.get("/reports", null).status()).isEqualTo(200);
    }

    @Test
    void aCommuneOfficialSeesOnlyTheirCommune() {
        vn.giamngheo.adminunit.TestUnits.Commune mine = new vn.giamngheo.adminunit.TestUnits(units).aCommune();
        Http http =
                new Http(port).login(new TestUsers(users).a(vn.giamngheo.identity.Role.COMMUNE_OFFICIAL, mine.unit()));
        assertThat(http.get("/reports/dashboard?unitId=" + district.id() + "&year=2025", null)
                        .status())
                .isEqualTo(403);
        Http.Response own = http.get("/reports", null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains(mine.unit().name());
    }

    @Test
    void theFollowUpPanelsShowOverdueTasksAndMissingReportsWithTheirTables() {
        Http http = new Http(port).login(admin());
        Http.Response page = http.get("/reports/dashboard?unitId=" + district.id() + "&year=2024", null);
        assertThat(page.status()).isEqualTo(200);
        String overduePanel = panel(page.body(), "panel-overdue");
        assertThat(overduePanel)
                .contains("Nhiệm vụ quá hạn (3)")
                .contains(tag + "-cot", tag + "-duong", tag + "-huyen")
                .contains(
                        "30/04/2024", "/tasks/overdue?unitId=" + district.id(), "overdue.csv?unitId=" + district.id());
        assertThat(overduePanel.indexOf(tag + "-cot"))
                .as("the longest overdue first")
                .isLessThan(overduePanel.indexOf(tag + "-duong"));
        String missingPanel = panel(page.body(), "panel-missing");
        assertThat(missingPanel)
                .contains("Báo cáo còn thiếu năm 2024 (1)")
                .contains("Xã Đường", "Xã Cột", "20/06/2024")
                .contains("Đã nộp 1/2 báo cáo đã đến hạn (50")
                .contains("/obligations?unitId=" + district.id() + "&amp;year=2024")
                .contains("missing.csv?unitId=" + district.id() + "&amp;year=2024");
        assertThat(missingPanel.indexOf("Xã Đường"))
                .as("the missing report before the one sent late")
                .isLessThan(missingPanel.indexOf("Xã Cột"));

        String overdue = http.get("/reports/dashboard/overdue.csv?unitId=" + district.id(), null)
                .body();
        List<String> lines = overdue.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "due,days_overdue,plan_unit_id,plan_unit,plan_id,plan,task_id,task_number,task,leads,status");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("2024-04-30,").contains("\"Xã Cột\"", tag + "-cot");
        assertThat(lines.get(2)).startsWith("2024-05-31,").contains("\"Xã Đường\"", tag + "-duong");
        String missing = http.get("/reports/dashboard/missing.csv?unitId=" + district.id() + "&year=2024", null)
                .body();
        assertThat(missing.lines().toList())
                .first()
                .isEqualTo(
                        "due,due_assumed,status,days_late,reporter_unit_id,reporter,period,plan_id,plan,submitted_on");
        assertThat(missing.lines().skip(1).toList())
                .hasSize(2)
                .satisfiesExactly(
                        l -> assertThat(l)
                                .startsWith("2024-06-20,false,MISSING,")
                                .contains(other.id() + ",\"Xã Đường\""),
                        l -> assertThat(l).startsWith("2024-06-20,false,LATE,").contains(commune.id() + ",\"Xã Cột\""));

        Http.Response english = http.get("/reports/dashboard?unitId=" + district.id() + "&year=2024&lang=en", null);
        assertThat(english.body()).contains("Overdue tasks (3)", "Missing reports, 2024 (1)");
    }

    @Test
    void theFollowUpPanelsKeepToTheUsersJurisdiction() {
        Http http = new Http(port).login(duongOfficial);
        Http.Response own = http.get("/reports/dashboard?unitId=" + other.id() + "&year=2024", null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(panel(own.body(), "panel-overdue"))
                .contains("Nhiệm vụ quá hạn (1)", tag + "-duong")
                .doesNotContain(tag + "-cot", tag + "-huyen");
        assertThat(panel(own.body(), "panel-missing")).contains("Xã Đường").doesNotContain("Xã Cột");
        assertThat(http.get("/reports/dashboard/overdue.csv?unitId=" + other.id(), null)
                        .body())
                .contains(tag + "-duong")
                .doesNotContain(tag + "-cot");
        assertThat(http.get("/reports/dashboard/missing.csv?unitId=" + other.id() + "&year=2024", null)
                        .body())
                .contains("\"Xã Đường\"")
                .doesNotContain("Xã Cột");

        for (String path : List.of(
                "/reports/dashboard?unitId=" + commune.id() + "&year=2024",
                "/reports/dashboard?unitId=" + district.id() + "&year=2024",
                "/reports/dashboard/overdue.csv?unitId=" + commune.id(),
                "/reports/dashboard/overdue.csv?unitId=" + district.id(),
                "/reports/dashboard/missing.csv?unitId=" + district.id() + "&year=2024")) {
            Http.Response r = http.get(path, null);
            assertThat(r.status()).as(path).isEqualTo(403);
            assertThat(r.body()).as(path).doesNotContain(tag + "-cot");
        }
    }

    /** The HTML of the dashboard's card with the given id (up to the next card). */
    static String panel(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        int end = page.indexOf("<div class=\"card", start);
        return end < 0 ? page.substring(start) : page.substring(start, end);
    }
}
