package vn.giamngheo.householdplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.Reviews;

/**
 * Household plans end to end on hand-built lists: a baseline of 2024 (lists of 2025) with four poor
 * households, one near-poor and one not poor; plans drafted for 2025; the able-to-escape list
 * submitted; a periodic review of 2025 in which two expected households and one unexpected escape.
 */
class HouseholdPlansIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    AdminUnits adminUnits;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewImport imports;

    @Autowired
    ReviewProcedure procedure;

    @Autowired
    JdbcClient jdbc;

    Http http;
    TestUnits.Commune commune;
    String official;
    String otherOfficial;
    String tag;
    PlanReviews lists;

    static final List<String> W_S = List.of("WATER", "SANITATION");

    @BeforeEach
    void setUp() {
        http = new Http(port);
        TestUnits units = new TestUnits(adminUnits);
        TestUsers users = new TestUsers(accounts);
        commune = units.aCommune();
        TestUnits.Commune other = units.aCommune();
        official = users.a(Role.COMMUNE_OFFICIAL, commune.unit());
        otherOfficial = users.a(Role.COMMUNE_OFFICIAL, other.unit());
        tag = TestUnits.tag();
        lists = new PlanReviews(adminUnits, reviews, imports, procedure);
        lists.baseline(
                commune.id(),
                2024,
                List.of(
                        PlanReviews.line(code(1), 1_000_000, plus("HOUSING_QUALITY"), List.of("CAPITAL"), true, "POOR"),
                        PlanReviews.line(
                                code(2), 1_000_000, plus("EMPLOYMENT"), List.of("CAPITAL", "SKILLS"), true, "POOR"),
                        PlanReviews.line(
                                code(3), 1_000_000, plus("HEALTH_INSURANCE"), List.of("ILLNESS"), false, "POOR"),
                        PlanReviews.line(
                                code(4),
                                1_000_000,
                                List.of("HOUSING_AREA", "WATER", "TELECOM"),
                                List.of("LAND"),
                                true,
                                "POOR"),
                        PlanReviews.line(
                                code(6), 1_200_000, List.of("WATER"), List.of("KNOWLEDGE"), true, "NEAR_POOR")),
                List.of("1", "1", "2", "2", "3"));
    }

    private String code(int n) {
        return "HP" + tag + "-" + n;
    }

    private static List<String> plus(String first) {
        List<String> l = new ArrayList<>(List.of(first));
        l.addAll(W_S);
        return l;
    }

    private long household(int n) {
        return jdbc.sql("SELECT id FROM household_register WHERE code = :c")
                .param("c", code(n))
                .query(Long.class)
                .single();
    }

    private JsonNode draft(int n, int year) {
        Http.Response r = http.postJson(
                "/api/v1/household-plans", official, "{\"householdId\":" + household(n) + ",\"year\":" + year + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private Http.Response put(JsonNode plan, String changes) {
        String body = "{\"version\":" + plan.get("version").asInt() + "," + changes + "}";
        return http.send("PUT", "/api/v1/household-plans/" + plan.get("id").asLong(), official, body);
    }

    @Test
    void aDraftTakesTheLatestSurveysDeprivationsAndCausesAndTheMappingsSolutions() {
        JsonNode plan = draft(1, 2025);

        assertThat(plan.get("listedClass").asString()).isEqualTo("POOR");
        assertThat(texts(plan.get("deprivations"))).containsExactlyInAnyOrder("HOUSING_QUALITY", "WATER", "SANITATION");
        assertThat(texts(plan.get("causes"))).containsExactly("CAPITAL");
        List<String> contents = new ArrayList<>();
        plan.get("solutions").forEach(s -> contents.add(s.get("contentCode").asString(null)));
        assertThat(contents).contains("NHA_SUA_CHUA_DA5", "VAY_NHA_O", "VAY_HO_NGHEO");
        assertThat(plan.get("agreed").asBoolean()).isFalse();
    }

    @Test
    void aHouseholdNotPoorOrNearPoorOnTheListsInForceIsRefusedOnItsField() {
        lists.periodic(
                commune.id(),
                2025,
                List.of(
                        PlanReviews.line(code(1), 1_000_000, plus("HOUSING_QUALITY"), List.of("CAPITAL"), true, null),
                        PlanReviews.line(code(2), 1_000_000, plus("EMPLOYMENT"), List.of("CAPITAL"), true, null),
                        PlanReviews.line(code(3), 1_000_000, plus("HEALTH_INSURANCE"), List.of("ILLNESS"), false, null),
                        PlanReviews.line(code(4), 3_000_000, List.of(), List.of(), true, null),
                        PlanReviews.line(code(6), 1_200_000, List.of("WATER"), List.of("KNOWLEDGE"), true, null)),
                List.of("1", "1", "2", "2", "3"));

        Http.Response r = http.postJson(
                "/api/v1/household-plans", official, "{\"householdId\":" + household(4) + ",\"year\":2026}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body())
                .contains("householdplan.notListed")
                .contains("householdId")
                .contains(code(4));
        assertThat(r.body()).contains("không có tên trong danh sách");
        assertThat(jdbc.sql("SELECT count(*) FROM household_plan WHERE household_id = :h")
                        .param("h", household(4))
                        .query(Long.class)
                        .single())
                .isZero();
        // on the lists in force for 2025 it was poor: a plan for that year is accepted
        assertThat(draft(4, 2025).get("listedClass").asString()).isEqualTo("POOR");
    }

    @Test
    void aSecondPlanForTheSameYearAndAStaleEditAreRefused() {
        JsonNode plan = draft(2, 2025);
        Http.Response again = http.postJson(
                "/api/v1/household-plans", official, "{\"householdId\":" + household(2) + ",\"year\":2025}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("householdplan.exists");

        assertThat(put(plan, "\"targetYear\":2025,\"causes\":[\"CAPITAL\"]").status())
                .isEqualTo(200);
        Http.Response stale = put(plan, "\"targetYear\":2026");
        assertThat(stale.status()).isEqualTo(409);
        JsonNode now = http.get("/api/v1/household-plans/" + plan.get("id").asLong(), official)
                .json();
        assertThat(now.get("targetYear").asInt()).isEqualTo(2025);
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        JsonNode plan = draft(3, 2025);
        Http.Response r = put(
                plan,
                "\"targetYear\":2024,\"consent\":true,\"causes\":[\"LUCK\"],"
                        + "\"solutions\":[{\"kind\":\"LOAN\",\"contentCode\":\"NO_SUCH\",\"description\":\"Vay\"}]");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body())
                .contains("targetYear")
                .contains("causes[0]")
                .contains("solutions[0].contentCode")
                .contains("consent");
        JsonNode now = http.get("/api/v1/household-plans/" + plan.get("id").asLong(), official)
                .json();
        assertThat(now.get("version").asInt()).isEqualTo(plan.get("version").asInt());
        Http.Response visit = http.postJson(
                "/api/v1/household-plans/" + plan.get("id").asLong() + "/visits",
                official,
                "{\"version\":" + plan.get("version").asInt()
                        + ",\"visitedOn\":\"2099-01-01\",\"progress\":\"ON_TRACK\"}");
        assertThat(visit.status()).isEqualTo(400);
        assertThat(visit.body()).contains("visitedOn");
    }

    @Test
    void plansAndTheirHouseholdsStayInsideTheJurisdiction() {
        JsonNode plan = draft(4, 2025);
        long id = plan.get("id").asLong();

        Http.Response outside = http.get("/api/v1/household-plans/" + id, otherOfficial);
        assertThat(outside.status()).isIn(403, 404);
        assertThat(outside.body()).doesNotContain("Chủ hộ " + code(4));
        Http.Response board =
                http.get("/api/v1/household-plans?unitId=" + commune.province().id() + "&year=2025", otherOfficial);
        assertThat(board.body()).doesNotContain(code(4));
        Http.Response drafting = http.postJson(
                "/api/v1/household-plans", otherOfficial, "{\"householdId\":" + household(6) + ",\"year\":2025}");
        assertThat(drafting.status()).isIn(403, 404);

        Http.Response page = new Http(port).login(official).get("/household-plans/" + id, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Chủ hộ " + code(4)).contains("Kế hoạch thoát nghèo");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE username = :u AND action = 'VIEW' AND entity_type = 'HouseholdPlan'
                        """).param("u", official).query(Long.class).single())
                .isPositive();
        Http.Response householdPage = new Http(port).login(official).get("/households/" + household(4), null);
        assertThat(householdPage.body()).contains("/households/" + household(4) + "/plan");
    }

    @Test
    void theBoardGroupsByHelperAndShowsOverdueFollowUps() {
        JsonNode plan = draft(6, 2025);
        Http.Response saved = put(
                plan,
                "\"targetYear\":2026,\"helperKind\":\"MASS_ORGANISATION\",\"helperName\":\"Hội Nông dân xã\","
                        + "\"consent\":true,\"consentOn\":\"2025-02-01\",\"nextVisitOn\":\"2025-03-01\","
                        + "\"solutions\":[{\"kind\":\"TRAINING\",\"description\":\"Tập huấn kỹ thuật\",\"addresses\":[\"CAUSE:KNOWLEDGE\"]}]");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        JsonNode overdue = http.get(
                        "/api/v1/household-plans?unitId=" + commune.id() + "&year=2025&overdue=true", official)
                .json();
        assertThat(overdue.size()).isEqualTo(1);
        assertThat(overdue.get(0).get("helperName").asString()).isEqualTo("Hội Nông dân xã");
        assertThat(overdue.get(0).get("overdue").asBoolean()).isTrue();
        JsonNode byHelper = http.get(
                        "/api/v1/household-plans?unitId=" + commune.id() + "&year=2025&helper=n%C3%B4ng%20d%C3%A2n",
                        official)
                .json();
        assertThat(byHelper.size()).isEqualTo(1);
        JsonNode byTarget = http.get(
                        "/api/v1/household-plans?unitId=" + commune.id() + "&year=2025&targetYear=2025", official)
                .json();
        assertThat(byTarget.size()).isZero();

        JsonNode visited = http.postJson(
                        "/api/v1/household-plans/" + plan.get("id").asLong() + "/visits",
                        official,
                        "{\"version\":" + saved.json().get("version").asInt()
                                + ",\"visitedOn\":\"2025-03-05\",\"progress\":\"SOME_PROGRESS\",\"nextVisitOn\":\"2099-06-01\"}")
                .json();
        assertThat(visited.get("visits").size()).isEqualTo(1);
        assertThat(http.get("/api/v1/household-plans?unitId=" + commune.id() + "&year=2025&overdue=true", official)
                        .json()
                        .size())
                .isZero();
        Http.Response page =
                new Http(port).login(official).get("/household-plans?unitId=" + commune.id() + "&year=2025", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Hội Nông dân xã").contains("Có chuyển biến");
    }

    @Test
    void povertyByCauseRollsUpAndDrillsDownToTheHouseholds() {
        JsonNode atProvince = http.get(
                        "/api/v1/household-plans/causes?unitId="
                                + commune.province().id(),
                        official)
                .json();
        assertThat(atProvince.get("total").get("households").asInt()).isEqualTo(4);
        assertThat(atProvince.get("total").get("causes").get("CAPITAL").asInt()).isEqualTo(2);
        assertThat(atProvince.get("total").get("causes").get("LAND").asInt()).isEqualTo(1);
        assertThat(atProvince.get("total").get("deprivations").get("WATER").asInt())
                .isEqualTo(4);
        assertThat(atProvince.get("total").get("deprivations").get("SANITATION").asInt())
                .isEqualTo(3);
        assertThat(atProvince.get("children").size()).isEqualTo(1);
        assertThat(atProvince.get("children").get(0).get("households").asInt()).isEqualTo(4);

        JsonNode atCommune = http.get("/api/v1/household-plans/causes?unitId=" + commune.id(), official)
                .json();
        List<Integer> perVillage = new ArrayList<>();
        atCommune
                .get("children")
                .forEach(c -> perVillage.add(c.get("households").asInt()));
        assertThat(perVillage).containsExactly(2, 2);
        JsonNode nearPoor = http.get(
                        "/api/v1/household-plans/causes?unitId=" + commune.id() + "&householdClass=NEAR_POOR", official)
                .json();
        assertThat(nearPoor.get("total").get("households").asInt()).isEqualTo(1);
        assertThat(nearPoor.get("total").get("causes").get("KNOWLEDGE").asInt()).isEqualTo(1);

        // the commune's review of a household's causes replaces the survey's in the count
        JsonNode plan = draft(1, 2025);
        assertThat(put(plan, "\"causes\":[\"CAPITAL\",\"TOOLS\"]").status()).isEqualTo(200);
        JsonNode after = http.get("/api/v1/household-plans/causes?unitId=" + commune.id(), official)
                .json();
        assertThat(after.get("total").get("causes").get("TOOLS").asInt()).isEqualTo(1);

        JsonNode capital = http.get(
                        "/api/v1/household-plans/causes/households?unitId=" + commune.id() + "&key=CAUSE:CAPITAL",
                        official)
                .json();
        List<String> codes = new ArrayList<>();
        capital.forEach(h -> codes.add(h.get("householdCode").asString()));
        assertThat(codes).containsExactlyInAnyOrder(code(1), code(2));
        assertThat(http.get(
                                "/api/v1/household-plans/causes/households?unitId="
                                        + commune.province().id(),
                                otherOfficial)
                        .body())
                .doesNotContain(code(1));
        Http.Response page = new Http(port).login(official).get("/household-plans/causes?unitId=" + commune.id(), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Thiếu vốn").contains("50,00 %");
    }

    @Test
    void theEscapeListIsSplitByLabourSubmittedAndItsHitRateCountedAtYearEnd() throws Exception {
        for (int n = 1; n <= 3; n++) {
            assertThat(put(draft(n, 2025), "\"targetYear\":2025").status()).isEqualTo(200);
        }
        JsonNode four = draft(4, 2025);
        assertThat(put(four, "\"targetYear\":2026").status()).isEqualTo(200);

        JsonNode list = http.get(
                        "/api/v1/household-plans/escape-list?communeId=" + commune.id() + "&year=2025", official)
                .json();
        assertThat(list.get("rows").size()).isEqualTo(3);
        assertThat(list.get("withLabour").asInt()).isEqualTo(2);
        assertThat(list.get("withoutLabour").asInt()).isEqualTo(1);

        byte[] xlsx = bytes("/api/v1/household-plans/escape-list/xlsx?communeId=" + commune.id() + "&year=2025");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains("thoát nghèo năm 2025");
        }
        byte[] pdf = bytes("/api/v1/household-plans/escape-list/pdf?communeId=" + commune.id() + "&year=2025");
        assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

        Http.Response submitted = http.postJson(
                "/api/v1/household-plans/escape-list/submissions",
                official,
                "{\"communeId\":" + commune.id() + ",\"year\":2025}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("lastSubmission").get("households").asInt())
                .isEqualTo(3);

        // after submitting, the commune moves household 3's target: the submitted list still counts
        JsonNode three = http.get(
                        "/api/v1/household-plans/"
                                + list.get("rows").get(2).get("planId").asLong(),
                        official)
                .json();
        assertThat(put(three, "\"targetYear\":2026").status()).isEqualTo(200);

        lists.periodic(
                commune.id(),
                2025,
                List.of(
                        PlanReviews.line(code(1), 3_000_000, List.of(), List.of(), true, null),
                        PlanReviews.line(code(2), 1_200_000, List.of("WATER"), List.of("SKILLS"), true, null),
                        PlanReviews.line(code(3), 1_000_000, plus("HEALTH_INSURANCE"), List.of("ILLNESS"), false, null),
                        PlanReviews.line(code(4), 3_000_000, List.of(), List.of(), true, null),
                        PlanReviews.line(code(6), 1_200_000, List.of("WATER"), List.of("KNOWLEDGE"), true, null)),
                List.of("1", "1", "2", "2", "3"));

        JsonNode hit = http.get(
                        "/api/v1/household-plans/escape-list?communeId=" + commune.id() + "&year=2025", official)
                .json()
                .get("hitRate");
        assertThat(hit.get("expected").asInt()).isEqualTo(3);
        assertThat(hit.get("hits").asInt()).isEqualTo(2);
        assertThat(hit.get("escaped").asInt()).isEqualTo(3);
        assertThat(hit.get("fromSubmission").asBoolean()).isTrue();
        JsonNode rates = http.get(
                        "/api/v1/household-plans/hit-rates?unitId="
                                + commune.province().id() + "&year=2025",
                        official)
                .json();
        assertThat(rates.size()).isEqualTo(1);
        assertThat(rates.get(0).get("hits").asInt()).isEqualTo(2);
        Http.Response page = new Http(port)
                .login(official)
                .get("/household-plans/escape-list?communeId=" + commune.id() + "&year=2025", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("66,67 %");

        // household 1 escaped: it is on no list of 2026, so no plan for it
        Http.Response escaped = http.postJson(
                "/api/v1/household-plans", official, "{\"householdId\":" + household(1) + ",\"year\":2026}");
        assertThat(escaped.status()).isEqualTo(400);
        assertThat(escaped.body()).contains("householdplan.notListed");
        assertThat(draft(3, 2026).get("listedClass").asString()).isEqualTo("POOR");
    }

    private byte[] bytes(String path) throws Exception {
        java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString((official + ":" + Http.DEMO_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
