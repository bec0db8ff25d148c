package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;

/** Saving plans through the API: the chain both ways, jurisdiction, refusals that store nothing. */
class PlansIT extends PlanTestBase {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static String plan(String number, String place, String date, String cites, String task) {
        String[] d = date.split("-");
        return "Số: " + number + "\n" + place + ", ngày " + d[2] + " tháng " + d[1] + " năm " + d[0] + "\n"
                + "KẾ HOẠCH\nThực hiện công tác giảm nghèo năm " + d[0] + "\n"
                + (cites == null ? "" : "Căn cứ " + cites + ";\n")
                + "II. NỘI DUNG\n1. " + task + "\n"
                + "* Phân công thực hiện: Phòng LĐ-TB&XH chủ trì, phối hợp với UBND các xã, thị trấn thực hiện thường xuyên.\n";
    }

    JsonNode extract(Http http, String user, String text, long unitId) {
        Http.Response r = http.post("/api/v1/plans/import?unitId=" + unitId, user, "text/plain; charset=utf-8", text);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    Http.Response save(Http http, String user, JsonNode extraction, long unitId) {
        return http.postJson("/api/v1/plans?unitId=" + unitId, user, extraction.toString());
    }

    /** Rows of this test's unit only: plans, their tasks, and audit entries about the unit. */
    long count(String table, long unitId) {
        String where = switch (table) {
            case "plan_task" -> "plan_id IN (SELECT id FROM plan WHERE unit_id = :unit)";
            default -> "unit_id = :unit";
        };
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + where)
                .param("unit", unitId)
                .query(Long.class)
                .single();
    }

    @Test
    void aCommunePlanImplementingADistrictPlanByNumberShowsUpOnBoth() {
        Http http = new Http(port);
        AdminUnit district = newDistrict();
        AdminUnit commune = newCommune(district);
        JsonNode districtPlan = save(
                        http,
                        admin(),
                        extract(
                                http,
                                admin(),
                                plan("77/KH-UBND", "Huyện", "2024-03-01", null, "Rà soát hộ nghèo."),
                                district.id()),
                        district.id())
                .json();
        JsonNode communeExtraction = extract(
                http,
                admin(),
                plan(
                        "15/KH-UBND",
                        "Xã",
                        "2024-03-10",
                        "Kế hoạch số 77/KH-UBND ngày 01/3/2024 của UBND huyện về giảm nghèo năm 2024",
                        "Tuyên truyền giảm nghèo."),
                commune.id());
        assertThat(communeExtraction.get("implements").get(0).get("number").asString())
                .isEqualTo("77/KH-UBND");
        JsonNode communePlan =
                save(http, admin(), communeExtraction, commune.id()).json();

        long districtId = districtPlan.get("plan").get("id").asLong();
        long communeId = communePlan.get("plan").get("id").asLong();
        JsonNode up = http.get("/api/v1/plans/" + communeId, admin())
                .json()
                .get("implements")
                .get(0);
        assertThat(up.get("planId").asLong()).isEqualTo(districtId);
        JsonNode down = http.get("/api/v1/plans/" + districtId, admin()).json().get("implementedBy");
        assertThat(down).hasSize(1);
        assertThat(down.get(0).get("planId").asLong()).isEqualTo(communeId);
        assertThat(down.get(0).get("unitId").asLong()).isEqualTo(commune.id());
    }

    @Test
    void aPlanSavedBeforeTheOneItImplementsIsLinkedWhenThatOneArrives() {
        Http http = new Http(port);
        AdminUnit district = newDistrict();
        AdminUnit commune = newCommune(district);
        long communeId = save(
                        http,
                        admin(),
                        extract(
                                http,
                                admin(),
                                plan(
                                        "16/KH-UBND",
                                        "Xã",
                                        "2024-04-02",
                                        "Kế hoạch số 78/KH-UBND ngày 20/3/2024 của UBND huyện",
                                        "Hỗ trợ sinh kế."),
                                commune.id()),
                        commune.id())
                .json()
                .get("plan")
                .get("id")
                .asLong();
        assertThat(http.get("/api/v1/plans/" + communeId, admin())
                        .json()
                        .get("implements")
                        .get(0)
                        .get("planId")
                        .isNull())
                .isTrue();
        long districtId = save(
                        http,
                        admin(),
                        extract(
                                http,
                                admin(),
                                plan("78/KH-UBND", "Huyện", "2024-03-20", null, "Rà soát."),
                                district.id()),
                        district.id())
                .json()
                .get("plan")
                .get("id")
                .asLong();
        assertThat(http.get("/api/v1/plans/" + communeId, admin())
                        .json()
                        .get("implements")
                        .get(0)
                        .get("planId")
                        .asLong())
                .isEqualTo(districtId);
        assertThat(http.get("/api/v1/plans/" + districtId, admin())
                        .json()
                        .get("implementedBy")
                        .get(0)
                        .get("planId")
                        .asLong())
                .isEqualTo(communeId);
    }

    @Test
    void aCommuneOfficialSavesPlansForTheirCommuneOnlyAndReadsTheDistrictsAboveIt() {
        Http http = new Http(port);
        PlanFixtures.Place place = newPlace(2);
        AdminUnit xuanBai = place.commune(1);
        AdminUnit thoLam = place.commune(2);
        AdminUnit thoXuan = place.district();
        String xuanbai = officialOf(xuanBai);
        String text = plan("21/KH-UBND", "Xã bên", "2025-01-15", null, "Tuyên truyền.");
        // the district's own plan, which its communes read
        save(
                http,
                admin(),
                extract(http, admin(), plan("20/KH-UBND", "Huyện", "2025-01-10", null, "Rà soát."), thoXuan.id()),
                thoXuan.id());

        Http.Response refused = save(http, xuanbai, extract(http, xuanbai, text, thoLam.id()), thoLam.id());
        assertThat(refused.status()).isEqualTo(403);

        Http.Response accepted = save(
                http,
                xuanbai,
                extract(http, xuanbai, plan("22/KH-UBND", "Xã nhà", "2025-01-15", null, "Tuyên truyền."), xuanBai.id()),
                xuanBai.id());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("plan").get("createdBy").asString()).isEqualTo(xuanbai);

        long thoLamPlan = save(http, admin(), extract(http, admin(), text, thoLam.id()), thoLam.id())
                .json()
                .get("plan")
                .get("id")
                .asLong();
        assertThat(http.get("/api/v1/plans/" + thoLamPlan, xuanbai).status()).isEqualTo(403);
        JsonNode visible =
                http.get("/api/v1/plans?unitId=" + thoXuan.id(), xuanbai).json();
        assertThat(visible.findValues("unitId"))
                .extracting(JsonNode::asLong)
                .contains(thoXuan.id(), xuanBai.id())
                .doesNotContain(thoLam.id());
    }

    @Test
    void aMalformedSaveListsEveryFieldAndStoresNothing() {
        Http http = new Http(port);
        AdminUnit commune = newCommune(newDistrict());
        ObjectNode extraction = (ObjectNode)
                extract(http, admin(), plan("31/KH-UBND", "Xã", "2024-05-01", null, "Rà soát hộ nghèo."), commune.id());
        extraction.put("title", "");
        extraction.put("date", "01/05/2024");
        ObjectNode task = (ObjectNode) extraction.get("tasks").get(0);
        task.put("number", "");
        ((ObjectNode) task.get("schedule")).put("kind", "MONTH");
        long plans = count("plan", commune.id());
        long tasks = count("plan_task", commune.id());
        long audits = count("audit_entry", commune.id());

        Http.Response r = save(http, admin(), extraction, commune.id());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .containsExactly(
                        "title", "date", "tasks[0].number", "tasks[0].schedule.year", "tasks[0].schedule.month");
        assertThat(r.json().get("errors").get(2).get("line").asInt()).isEqualTo(1);

        ((ObjectNode) task.get("schedule")).put("kind", "WEEKLY");
        Http.Response wrongType = save(http, admin(), extraction, commune.id());
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString())
                .isEqualTo("tasks[0].schedule.kind");

        assertThat(plans).isZero();
        assertThat(count("plan", commune.id())).isEqualTo(plans);
        assertThat(count("plan_task", commune.id())).isEqualTo(tasks);
        assertThat(count("audit_entry", commune.id())).isEqualTo(audits);
    }

    @Test
    void theHeaderIsCorrectedWithItsVersionAndAStaleVersionIsRefused() {
        Http http = new Http(port);
        AdminUnit commune = newCommune(newDistrict());
        JsonNode saved = save(
                        http,
                        admin(),
                        extract(http, admin(), plan("41/KH-UBND", "Xã", "2024-05-01", null, "Rà soát."), commune.id()),
                        commune.id())
                .json()
                .get("plan");
        long id = saved.get("id").asLong();
        String body =
                "{\"number\":\"41/KH-UBND\",\"date\":\"2024-05-02\",\"title\":\"Kế hoạch sửa\",\"periodFrom\":2024,"
                        + "\"periodTo\":2025,\"version\":"
                        + saved.get("version").asInt() + "}";
        assertThat(put(http, "/api/v1/plans/" + id, body).status()).isEqualTo(200);
        assertThat(put(http, "/api/v1/plans/" + id, body).status()).isEqualTo(409);
        JsonNode after = http.get("/api/v1/plans/" + id, admin()).json().get("plan");
        assertThat(after.get("title").asString()).isEqualTo("Kế hoạch sửa");
        assertThat(after.get("periodTo").asInt()).isEqualTo(2025);
    }

    private Http.Response put(Http http, String path, String json) {
        try {
            var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header(
                            "Authorization",
                            "Basic "
                                    + java.util.Base64.getEncoder()
                                            .encodeToString((admin() + ":" + vn.giamngheo.identity.TestUsers.PASSWORD)
                                                    .getBytes()))
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json))
                    .build();
            var res = java.net.http.HttpClient.newHttpClient()
                    .send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Http.Response(res.statusCode(), res.body(), res.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
