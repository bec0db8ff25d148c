package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.standard.HouseholdClass;

/**
 * The field survey's API as a village reviewer's phone uses it: the reviewer reaches their commune's
 * campaign through their village and only their village's households; a send lands once per id the
 * phone gave it, also when two copies arrive together (the database's unique constraint); a stale
 * version is kept as a conflict and overwrites nothing; bad answers are refused whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldSurveyIT extends ReviewFixtures {
    static final int YEAR = 2065;

    @LocalServerPort
    int port;

    Http http;
    ReviewCampaign campaign;
    String reviewer;
    String otherReviewer;
    ReviewHousehold mine;
    ReviewHousehold theirs;

    @BeforeAll
    void householdsInTwoVillages() {
        http = new Http(port);
        AdminUnit commune = commune("Hai Thôn");
        ReviewCampaign baseline = campaign(commune, CampaignKind.BASELINE, YEAR - 1, null);
        importJsonl(
                baseline,
                village(commune, "1").id(),
                aHousehold("FSI-1").poor().recognised(HouseholdClass.POOR).withMembers(3),
                aHousehold("FSI-2").poor().recognised(HouseholdClass.POOR).withMembers(2));
        importJsonl(
                baseline,
                village(commune, "2").id(),
                aHousehold("FSI-9").poor().recognised(HouseholdClass.POOR).withMembers(2));
        recogniseBaseline(baseline);
        campaign = campaign(commune, CampaignKind.PERIODIC, YEAR, null);
        toSurvey(campaign);
        mine = survey.households(ADMIN, campaign.id(), null, "FSI-1", 0, 10).get(0);
        theirs = survey.households(ADMIN, campaign.id(), null, "FSI-9", 0, 10).get(0);
        reviewer = new TestUsers(userAccounts).a(Role.VILLAGE_REVIEWER, village(commune, "1"));
        otherReviewer = new TestUsers(userAccounts).a(Role.VILLAGE_REVIEWER, village(commune, "2"));
    }

    @Test
    void theReviewerDownloadsTheirVillageOnly() {
        JsonNode list = http.get("/api/v1/field/campaigns", reviewer).json();
        List<Long> ids = new ArrayList<>();
        list.forEach(c -> ids.add(c.get("id").asLong()));
        assertThat(ids).contains(campaign.id());
        JsonNode bundle = http.get("/api/v1/field/campaigns/" + campaign.id() + "/download", reviewer)
                .json();
        List<String> codes = new ArrayList<>();
        bundle.get("households").forEach(h -> codes.add(h.get("code").asString()));
        assertThat(codes).containsExactlyInAnyOrder("FSI-1", "FSI-2");
        assertThat(bundle.get("standard").get("id").asString()).isEqualTo("ND07_2021");
        JsonNode first = bundle.get("households").get(0);
        assertThat(first.get("input").get("members").size()).isGreaterThan(0);
        assertThat(bundle.get("keepUntil").asString()).isNotBlank();
        // the other village's reviewer does not get this one's households, nor may they send one
        JsonNode others = http.get("/api/v1/field/campaigns/" + campaign.id() + "/download", otherReviewer)
                .json();
        assertThat(others.get("households").size()).isEqualTo(1);
        assertThat(others.toString()).doesNotContain("FSI-1");
        Http.Response refused = send(otherReviewer, UUID.randomUUID(), mine, mine.version(), "900000");
        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void twoCopiesOfOneSendArrivingTogetherAreStoredOnce() throws Exception {
        ReviewHousehold row = survey.household(
                ADMIN,
                campaign.id(),
                survey.households(ADMIN, campaign.id(), null, "FSI-2", 0, 10)
                        .get(0)
                        .id());
        UUID id = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Http.Response>> copies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                copies.add(() -> send(reviewer, id, row, row.version(), "1100000"));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<Http.Response> f : pool.invokeAll(copies)) {
                Http.Response r = f.get();
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                outcomes.add(r.json().get("outcome").asString());
            }
            assertThat(outcomes).containsOnly("STORED");
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM review_field_submission WHERE client_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        ReviewHousehold after = survey.household(ADMIN, campaign.id(), row.id());
        assertThat(after.version()).as("saved once").isEqualTo(row.version() + 1);
        assertThat(after.householdClass()).isEqualTo("NEAR_POOR");
    }

    @Test
    void aStaleSendIsAConflictThatOverwritesNothing() {
        ReviewHousehold before = survey.household(ADMIN, campaign.id(), mine.id());
        survey.save(
                ADMIN,
                campaign.id(),
                before.id(),
                aHousehold("FSI-1").notPoor().withMembers(3).line(),
                before.version());
        ReviewHousehold office = survey.household(ADMIN, campaign.id(), mine.id());
        UUID id = UUID.randomUUID();
        Http.Response r = send(reviewer, id, mine, before.version(), "500000");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("outcome").asString()).isEqualTo("CONFLICT");
        assertThat(r.json().get("current").get("version").asInt()).isEqualTo(office.version());
        assertThat(r.json().get("sent").get("incomePerCapita").asLong()).isEqualTo(500000);
        assertThat(survey.household(ADMIN, campaign.id(), mine.id()).input()).isEqualTo(office.input());
        // sent again on purpose, from the server's version: stored, and the conflict closed
        Http.Response again = http.postJson(
                "/api/v1/field/campaigns/" + campaign.id() + "/submissions",
                reviewer,
                body(UUID.randomUUID(), mine, office.version(), "500000", id));
        assertThat(again.json().get("outcome").asString()).isEqualTo("STORED");
        assertThat(jdbc.sql("SELECT outcome FROM review_field_submission WHERE client_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("SENT_AGAIN");
        assertThat(survey.household(ADMIN, campaign.id(), mine.id()).householdClass())
                .isEqualTo("NEAR_POOR");
    }

    @Test
    void theCommuneOfficialSeesAConflictSideBySideAndKeepsThePhonesVersion() {
        ReviewHousehold row =
                survey.households(ADMIN, campaign.id(), null, "FSI-9", 0, 10).get(0);
        survey.save(
                ADMIN,
                campaign.id(),
                row.id(),
                aHousehold("FSI-9").notPoor().withMembers(2).line(),
                row.version());
        ReviewHousehold office = survey.household(ADMIN, campaign.id(), row.id());
        assertThat(send(otherReviewer, UUID.randomUUID(), row, row.version(), "650000")
                        .json()
                        .get("outcome")
                        .asString())
                .isEqualTo("CONFLICT");
        Http official = new Http(port).login(officialOf(units.get(campaign.unitId())));
        Http.Response page = official.get("/reviews/" + campaign.id() + "/field-conflicts", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("FSI-9", "Bản gửi từ điện thoại", "Bản trên máy chủ", "650.000");
        String form = page.body().substring(page.body().indexOf("/field-conflicts/"));
        String action = form.substring(0, form.indexOf('"'));
        Http.Response applied = official.post(
                "/reviews/" + campaign.id() + action,
                null,
                "application/x-www-form-urlencoded",
                "_csrf=" + Http.q(Http.csrfToken(page.body())));
        assertThat(applied.status()).isEqualTo(302);
        ReviewHousehold now = survey.household(ADMIN, campaign.id(), row.id());
        assertThat(now.version()).isEqualTo(office.version() + 1);
        assertThat(now.input()).contains("650000");
        assertThat(official.get("/reviews/" + campaign.id() + "/field-conflicts", null)
                        .body())
                .contains("Không có phiếu nào cần xem lại");
    }

    @Test
    void badAnswersAreRefusedWholeAndNothingIsRecorded() {
        UUID id = UUID.randomUUID();
        Http.Response r = http.postJson(
                "/api/v1/field/campaigns/" + campaign.id() + "/submissions",
                reviewer,
                "{\"clientId\":\"" + id + "\",\"rowId\":" + mine.id() + ",\"baseVersion\":0,"
                        + "\"input\":{\"ref\":\"FSI-1\",\"area\":\"RURAL\",\"incomePerCapita\":\"nhiều\"}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("incomePerCapita");
        assertThat(jdbc.sql("SELECT count(*) FROM review_field_submission WHERE client_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private Http.Response send(String user, UUID id, ReviewHousehold row, int version, String income) {
        return http.postJson(
                "/api/v1/field/campaigns/" + campaign.id() + "/submissions",
                user,
                body(id, row, version, income, null));
    }

    private static String body(UUID id, ReviewHousehold row, int version, String income, UUID replaces) {
        return "{\"clientId\":\"" + id + "\",\"rowId\":" + row.id() + ",\"baseVersion\":" + version
                + (replaces == null ? "" : ",\"replaces\":\"" + replaces + "\"")
                + ",\"input\":{\"ref\":\"" + row.householdCode() + "\",\"area\":\"RURAL\",\"incomePerCapita\":" + income
                + ",\"deprivations\":[\"WATER\"],\"members\":[{\"name\":\"Chủ hộ\",\"age\":50}]}}";
    }
}
