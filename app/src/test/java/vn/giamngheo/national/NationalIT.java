package vn.giamngheo.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdData;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.household.Member;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

/**
 * The national pages and API as the application serves them: who may request a run, the refusals,
 * and the latest finished run's results (written here as the Spark jobs write them; the jobs
 * themselves are compared with the application in the spark module's NationalJobsIT).
 */
class NationalIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdminUnits units;

    @Autowired
    UserAccounts accounts;

    @Autowired
    HouseholdRegistry registry;

    @Autowired
    CurrentUser users;

    @Test
    void onlyTheWholeCountryRequestsRunsAndOneRunOfAJobIsOpenAtATime() {
        Http http = new Http(port);
        TestUnits testUnits = new TestUnits(units);
        TestUsers testUsers = new TestUsers(accounts);
        String admin = testUsers.anAdministrator();
        TestUnits.Commune commune = testUnits.aCommune();
        String provinceOfficer = testUsers.a(Role.PROVINCE_OFFICER, commune.province());

        Http.Response first = http.postJson("/api/v1/national/runs", admin, "{\"job\":\"DUPLICATES\"}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("REQUESTED");
        Http.Response again = http.postJson("/api/v1/national/runs", admin, "{\"job\":\"duplicates\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").get(0).get("code").asString()).isEqualTo("national.runOpen");

        Http.Response noStandard = http.postJson(
                "/api/v1/national/runs", admin, "{\"job\":\"WHAT_IF\",\"year\":2026,\"standard\":\"NONE\"}");
        assertThat(noStandard.status()).isEqualTo(400);
        assertThat(noStandard.json().get("errors").get(0).get("field").asString())
                .isEqualTo("standard");
        Http.Response badK = http.postJson(
                "/api/v1/national/runs",
                admin,
                "{\"job\":\"MPI\",\"year\":2026,\"standard\":\"ND07_2021\",\"k\":\"2\"}");
        assertThat(badK.status()).isEqualTo(400);
        assertThat(badK.json().get("errors").get(0).get("code").asString()).isEqualTo("national.k");
        Http.Response badJob = http.postJson("/api/v1/national/runs", admin, "{\"job\":\"EVERYTHING\"}");
        assertThat(badJob.status()).isEqualTo(400);
        assertThat(badJob.json().get("errors").get(0).get("field").asString()).isEqualTo("job");

        // a province's officer reads the province, not the country
        assertThat(http.postJson("/api/v1/national/runs", provinceOfficer, "{\"job\":\"MPI\"}")
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/national/what-if", provinceOfficer).status())
                .isEqualTo(403);
        Http.Response page =
                new Http(port).login(provinceOfficer).get("/national/analytics", null, "Accept-Language", "vi");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Chỉ người dùng có phạm vi toàn quốc");
        // the open run is shown, so nobody requests it twice
        assertThat(new Http(port)
                        .login(admin)
                        .get("/national/analytics", null, "Accept-Language", "vi")
                        .body())
                .contains("Lần chạy số " + first.json().get("id").asLong())
                .contains("đang chờ thực hiện");
    }

    @Test
    void theLatestFinishedRunsAreShownInVietnameseWithTheHouseholdsInTheReadersJurisdiction() {
        Http http = new Http(port);
        TestUnits testUnits = new TestUnits(units);
        TestUsers testUsers = new TestUsers(accounts);
        String admin = testUsers.anAdministrator();
        TestUnits.Commune commune = testUnits.aCommune();
        AdminUnit province = commune.province();
        Household h = registry.create(
                users.actorFor(admin),
                new HouseholdData(
                        "NAT-" + TestUnits.tag(),
                        commune.village(1).id(),
                        "Hà Thị Lan",
                        null,
                        null,
                        "RURAL",
                        true,
                        null,
                        null,
                        null,
                        null,
                        vn.giamngheo.standard.TestFacts.aModestDwelling(),
                        List.of(new Member(
                                "Hà Thị Lan",
                                "038190000777",
                                1990,
                                "F",
                                "HEAD",
                                "Kinh",
                                true,
                                null,
                                null,
                                "LOWER_SECONDARY",
                                false,
                                "SELF_EMPLOYED",
                                false,
                                false,
                                false))));

        long whatIf = finishedRun(
                "WHAT_IF",
                "list_year, standard_id, standard_version, target, sources",
                "2026, 'ND351_2025', 1, '{}'::jsonb, '{}'::jsonb");
        jdbc.sql("INSERT INTO national_whatif_count VALUES (:run, :p, :c, :path, 'POOR', 'NEAR_POOR', 1, 1),"
                        + " (:run, :p, :c, :path, 'NOT_POOR', 'NOT_POOR', 41, 0)")
                .param("run", whatIf)
                .param("p", province.id())
                .param("c", commune.id())
                .param("path", commune.unit().path())
                .update();
        jdbc.sql("INSERT INTO national_whatif_change VALUES (:run, :h, :p, :c, :path, :code, 'POOR', 'NEAR_POOR', true,"
                        + " '{\"reasons\":[],\"warnings\":[]}')")
                .param("run", whatIf)
                .param("h", h.id())
                .param("p", province.id())
                .param("c", commune.id())
                .param("path", commune.unit().path())
                .param("code", h.data().code())
                .update();

        Http browser = new Http(port).login(admin);
        String page = text(
                browser.get("/national/what-if", null, "Accept-Language", "vi").body());
        assertThat(page)
                .contains("Thử áp dụng chuẩn nghèo khác trên toàn quốc")
                .contains(province.name())
                .contains(h.data().code())
                .contains("Hà Thị Lan")
                .contains("Các hộ thay đổi phân loại (1 hộ)")
                .doesNotContain("NEAR_POOR", "WHAT_IF");
        Http.Response api = http.get("/api/v1/national/what-if", admin);
        assertThat(api.json().get("changes").get("total").asLong()).isEqualTo(1);
        assertThat(api.json().get("byProvince")).hasSize(2);

        long mpi = finishedRun(
                "MPI", "list_year, ks, codes, weights", "2026, '{0.33}', '{WATER,SANITATION}', '{0.5,0.5}'");
        jdbc.sql(
                        "INSERT INTO national_mpi_group VALUES (:run, 0.33, 'COUNTRY', 'VN', NULL, 42, 4, 0.0952, 0.75, 0.0714, 1, 1),"
                                + " (:run, 0.33, 'PROVINCE', :p, :path, 42, 4, 0.0952, 0.75, 0.0714, 1, 1)")
                .param("run", mpi)
                .param("p", Long.toString(province.id()))
                .param("path", province.path())
                .update();
        jdbc.sql(
                        "INSERT INTO national_mpi_indicator VALUES (:run, 0.33, 'COUNTRY', 'VN', 'WATER', 0.5, 0.2, 0.09, 0.63),"
                                + " (:run, 0.33, 'COUNTRY', 'VN', 'SANITATION', 0.5, 0.1, 0.05, 0.37)")
                .param("run", mpi)
                .update();
        long dup = finishedRun("DUPLICATES", "list_year", "NULL");
        jdbc.sql("INSERT INTO national_duplicate VALUES (:run, 'PROVINCES', '038190000777', :h, :p, :path, 2, 2)")
                .param("run", dup)
                .param("h", h.id())
                .param("p", province.id())
                .param("path", commune.village(1).path())
                .update();

        String analytics = text(browser.get("/national/analytics", null, "Accept-Language", "vi")
                .body());
        assertThat(analytics)
                .contains("Phân tích toàn quốc")
                .contains("9,52 %")
                .contains(province.name())
                .contains("038190000777")
                .doesNotContain("SANITATION", "PROVINCES");
        Http.Response dupApi = http.get("/api/v1/national/duplicates?kind=PROVINCES", admin);
        assertThat(dupApi.json().get("counts").get("inTwoProvinces").asLong()).isEqualTo(1);
        assertThat(dupApi.json().get("households").get(0).get("code").asString())
                .isEqualTo(h.data().code());
        Http.Response byCommune = http.get("/api/v1/national/mpi?dimension=commune", admin);
        assertThat(byCommune.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/national/mpi?dimension=planet", admin).status())
                .isEqualTo(400);
        // personal reads are audited
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE entity_type IN ('NationalWhatIf', 'NationalDuplicates')")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    /** What a reader sees: the page without its tags (form fields and links carry codes). */
    private static String text(String html) {
        return html.replaceAll("<[^>]*>", " ");
    }

    private long finishedRun(String job, String columns, String values) {
        return jdbc.sql("INSERT INTO national_run (job, " + columns
                        + ", status, requested_by, requested_at, started_at,"
                        + " finished_at, households) VALUES ('" + job + "', " + values
                        + ", 'FINISHED', 'test', :at, :at, :at, 42)"
                        + " RETURNING id")
                .param("at", java.sql.Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }
}
