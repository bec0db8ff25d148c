package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.household.HouseholdData;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.household.Member;

class ReviewApiIT extends ReviewFixtures {
    @LocalServerPort
    int port;

    @Autowired
    HouseholdRegistry registry;

    Http http() {
        return new Http(port);
    }

    long create(String user, long unitId, int year) {
        Http.Response r = http().postJson(
                        "/api/v1/reviews",
                        user,
                        "{\"unitId\":" + unitId + ",\"year\":" + year
                                + ",\"kind\":\"PERIODIC\",\"standard\":\"ND07_2021\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void aCommuneOfficialCannotReadOrChangeAnotherCommunesCampaign() {
        AdminUnit thoLam = commune("Thử Thọ Lâm");
        String official = officialOf(commune("Thử Xuân Bái"));
        String admin = administrator();
        long id = create(admin, thoLam.id(), 2034);
        for (String path : List.of("", "/flows", "/households", "/lists/POOR", "/requests", "/imports")) {
            assertThat(http().get("/api/v1/reviews/" + id + path, official).status())
                    .as(path)
                    .isEqualTo(403);
        }
        Http.Response post = http().post(
                        "/api/v1/reviews/" + id + "/households",
                        official,
                        "application/jsonl",
                        aHousehold("TLM-1").line());
        assertThat(post.status()).isEqualTo(403);
        assertThat(http().postJson("/api/v1/reviews/" + id + "/advance", official, "{\"to\":\"SCREENING\"}")
                        .status())
                .isEqualTo(403);
        assertThat(http().postJson(
                                "/api/v1/reviews",
                                official,
                                "{\"unitId\":" + thoLam.id() + ",\"year\":2034,\"kind\":\"REGULAR\",\"month\":1}")
                        .status())
                .isEqualTo(403);
        assertThat(http().get("/api/v1/reviews?unitId=" + thoLam.id(), official).json())
                .isEmpty();
        assertThat(http().get("/api/v1/reviews?unitId=" + thoLam.id(), admin).json())
                .isNotEmpty();
    }

    @Test
    void theCommuneOfficialRunsTheirOwnCampaignOverHttpFromImportToFlows() {
        AdminUnit xuanBai = commune("Thử Xuân Bái");
        String official = officialOf(xuanBai);
        String admin = administrator();
        long id = create(official, xuanBai.id(), 2034);
        String file = TestHousehold.jsonl(
                aHousehold("XB34-1").poor().withMembers(4),
                aHousehold("XB34-2").nearPoor().withMembers(2),
                aHousehold("XB34-3").notPoor());
        Http.Response dry = http().post(
                        "/api/v1/reviews/" + id + "/households?dryRun=true&villageId="
                                + village(xuanBai, "3").id(),
                        official,
                        "application/x-ndjson",
                        file);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("newHouseholds").asInt()).isEqualTo(3);
        assertThat(http().get("/api/v1/reviews/" + id + "/households", official).json())
                .isEmpty();

        Http.Response bad = http().post(
                        "/api/v1/reviews/" + id + "/households", official, "application/jsonl", file + "{\"ref\":1}\n");
        assertThat(bad.status()).isEqualTo(400);
        JsonNode error = bad.json().get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(4);
        assertThat(error.get("field").asString()).isEqualTo("ref");

        Http.Response ok = http().post("/api/v1/reviews/" + id + "/households", official, "application/jsonl", file);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        long job = ok.json().get("jobId").asLong();
        JsonNode progress = http().get("/api/v1/reviews/" + id + "/imports/" + job, official)
                .json();
        assertThat(progress.get("status").asString()).isEqualTo("DONE");
        assertThat(progress.get("processed").asInt()).isEqualTo(3);
        assertThat(progress.get("total").asInt()).isEqualTo(3);

        JsonNode flows =
                http().get("/api/v1/reviews/" + id + "/flows", official).json();
        assertThat(flows.get("provisional").asBoolean()).isTrue();
        assertThat(flows.get("poor").get("newlyPoor").asInt()).isEqualTo(1);
        assertThat(flows.get("households").get("nearPoor").get("end").asInt()).isEqualTo(1);
        assertThat(flows.get("persons").get("poor").get("end").asInt()).isEqualTo(4);
        assertThat(flows.get("netReduction").get("poor").asInt()).isEqualTo(-1);

        Http.Response refused = http().postJson("/api/v1/reviews/" + id + "/advance", official, "{\"to\":\"POSTING\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("review.step.noSkip");
        assertThat(refused.json().get("errors").get(0).get("reason").asString())
                .contains("Không được bỏ qua bước")
                .contains("Niêm yết công khai");
        Http.Response back = http().postJson("/api/v1/reviews/" + id + "/back", official, "{\"to\":\"LISTING\"}");
        assertThat(back.status()).isEqualTo(400);
        JsonNode view = http().get("/api/v1/reviews/" + id, official).json();
        assertThat(view.get("campaign").get("step").asString()).isEqualTo("LISTING");
        assertThat(view.get("steps").get(5).get("step").asString()).isEqualTo("REPORTING");
        assertThat(view.get("steps").get(5).get("due").asString()).isEqualTo("2034-11-14");
    }

    @Test
    void twoOfficialsSavingOneHouseholdTheSecondIsRefusedWith409() {
        AdminUnit xuanBai = commune("Thử Xuân Bái");
        String official = officialOf(xuanBai);
        String admin = administrator();
        long id = create(admin, xuanBai.id(), 2035);
        imports.run(ADMIN, id, jsonl(aHousehold("XB35-1").nearPoor().line()), new ReviewImport.Options(false, null));
        ReviewHousehold row = survey.households(ADMIN, id, null, null, 0, 10).get(0);
        String body = "{\"version\":" + row.version() + ",\"input\":"
                + aHousehold("XB35-1").poor().line() + "}";
        Http.Response saved = put("/api/v1/reviews/" + id + "/households/" + row.id(), official, body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("householdClass").asString()).isEqualTo("POOR");
        Http.Response stale = put("/api/v1/reviews/" + id + "/households/" + row.id(), admin, body);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("access.concurrent");
        assertThat(stale.json().get("detail").asString()).contains("vừa được người khác sửa");
        assertThat(survey.household(ADMIN, id, row.id()).householdClass()).isEqualTo("POOR");
    }

    Http.Response put(String path, String user, String json) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .header(
                            "Authorization",
                            "Basic "
                                    + java.util.Base64.getEncoder()
                                            .encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes()))
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json))
                    .build();
            var r = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.body(), r.headers());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePublicPostingListShowsOnlyTheLastFourDigitsOfCitizenIds() {
        AdminUnit xuanBai = commune("Thử Xuân Bái");
        String official = officialOf(xuanBai);
        String admin = administrator();
        long village = village(xuanBai, "1").id();
        registry.create(
                ADMIN,
                new HouseholdData(
                        "XB36-1",
                        village,
                        "Nguyễn Văn Mạnh",
                        null,
                        null,
                        "RURAL",
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new Member(
                                "Nguyễn Văn Mạnh",
                                "038080001234",
                                1980,
                                "M",
                                "HEAD",
                                "Kinh",
                                true,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))));
        long id = create(admin, xuanBai.id(), 2036);
        imports.run(
                ADMIN,
                id,
                jsonl(aHousehold("XB36-1")
                        .poor()
                        .headedBy("Nguyễn Văn Mạnh")
                        .withMembers(1)
                        .line()),
                new ReviewImport.Options(false, null));
        JsonNode posting =
                http().get("/api/v1/reviews/" + id + "/lists/POSTING", official).json();
        assertThat(posting.get("publicPosting").asBoolean()).isTrue();
        assertThat(posting.get("rows").get(0).get("citizenId").asString()).isEqualTo("********1234");
        assertThat(posting.toString()).doesNotContain("038080001234");
        JsonNode poor =
                http().get("/api/v1/reviews/" + id + "/lists/POOR", official).json();
        assertThat(poor.get("rows").get(0).get("citizenId").asString()).isEqualTo("038080001234");
        assertThat(poor.get("rows").get(0).get("villageName").asString()).isEqualTo("Thôn 1");
        assertThat(poor.get("title").asString()).isEqualTo("Danh sách hộ nghèo năm 2037");
    }
}
