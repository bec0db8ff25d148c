package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;

/** The five seeds, imported and saved as plans: every task, lead and schedule as extracted. */
class SeedPlansIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    JsonNode importFor(Http http, String seed, long unitId) {
        Http.Response r = http.post(
                "/api/v1/plans/import?unitId=" + unitId,
                "admin",
                "text/markdown; charset=utf-8",
                new String(PlanFixtures.seed(seed), StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void savingTheReviewedExtractionOfEachSeedStoresEveryTaskLeadAndScheduleAsExtracted() {
        Http http = new Http(port);
        for (String seed : PlanFixtures.SEEDS) {
            AdminUnit home = PlanFixtures.seedUnit(units, seed);
            String province = units.ancestry(home).get(0).name();
            AdminUnit commune = PlanFixtures.newCommune(
                    units, PlanFixtures.newDistrict(units, province).id());
            JsonNode extraction = importFor(http, seed, commune.id());
            Http.Response saved = http.postJson("/api/v1/plans?unitId=" + commune.id(), "admin", extraction.toString());
            assertThat(saved.status()).as(seed + ": " + saved.body()).isEqualTo(201);
            JsonNode detail = http.get(
                            "/api/v1/plans/"
                                    + saved.json().get("plan").get("id").asLong(),
                            "admin")
                    .json();
            assertThat(PlanFixtures.storedTasks(detail))
                    .as(seed)
                    .isNotEmpty()
                    .containsExactlyElementsOf(PlanFixtures.extractedTasks(extraction));
            assertThat(detail.get("duties").size())
                    .isEqualTo(extraction.get("reportingDuties").size());
            assertThat(detail.get("implements").size())
                    .isEqualTo(extraction.get("implements").size());
            assertThat(detail.get("plan").get("title").asString())
                    .isEqualTo(extraction.get("title").asString());
        }
    }

    @Test
    void theDemoHoldsEachSeedAsAPlanOfItsUnitWithTheDocumentAttachedAndLeadsMatchedToTheRegistry() {
        Http http = new Http(port);
        for (String seed : PlanFixtures.SEEDS) {
            AdminUnit unit = PlanFixtures.seedUnit(units, seed);
            JsonNode list =
                    http.get("/api/v1/plans?unitId=" + unit.id(), "admin").json();
            JsonNode mine = null;
            for (JsonNode p : list) {
                if (p.get("unitId").asLong() == unit.id()) {
                    mine = p;
                }
            }
            assertThat(mine).as(seed + " stored for " + unit.fullName()).isNotNull();
            JsonNode detail = http.get("/api/v1/plans/" + mine.get("id").asLong(), "admin")
                    .json();
            JsonNode extraction = importFor(http, seed, unit.id());
            assertThat(PlanFixtures.storedTasks(detail))
                    .as(seed)
                    .containsExactlyElementsOf(PlanFixtures.extractedTasks(extraction));
            JsonNode attachment = detail.get("attachments").get(0);
            assertThat(attachment.get("name").asString()).isEqualTo(seed);
            assertThat(attachment.get("sha256").asString()).isEqualTo(FileStore.sha256(PlanFixtures.seed(seed)));
            Http.Response file = http.get(
                    "/api/v1/plans/" + mine.get("id").asLong() + "/files/"
                            + attachment.get("id").asLong(),
                    "admin");
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(new String(PlanFixtures.seed(seed), StandardCharsets.UTF_8));
        }
        AdminUnit thoXuan = PlanFixtures.unit(units, "DISTRICT", "Thọ Xuân");
        JsonNode plan =
                http.get("/api/v1/plans?unitId=" + thoXuan.id(), "admin").json().get(0);
        JsonNode task = null;
        for (JsonNode t : http.get("/api/v1/plans/" + plan.get("id").asLong(), "admin")
                .json()
                .get("tasks")) {
            if (t.get("number").asString().equals("2.3")) {
                task = t;
            }
        }
        assertThat(task.get("assignments").get(0).get("role").asString()).isEqualTo("LEAD");
        assertThat(task.get("assignments").get(0).get("agencyId").isNumber())
                .as("Phòng LĐ-TB&XH of Thọ Xuân matched in the registry")
                .isTrue();
    }

    @Test
    void theImportWithAUnitMatchesNamesInTheRegistryFromThatUnitUp() {
        AdminUnit camChau = PlanFixtures.unit(units, "COMMUNE", "Cẩm Châu");
        JsonNode extraction = importFor(new Http(port), "001_77f6fc84ebd74c3d.txt", camChau.id());
        JsonNode first = extraction.get("tasks").get(0).get("units").get(0);
        assertThat(first.get("mention").asString()).startsWith("Công chức Văn hóa");
        assertThat(first.get("agencyId").isNumber()).isTrue();
        ObjectNode without = (ObjectNode) new Http(port)
                .post(
                        "/api/v1/plans/import",
                        "admin",
                        "text/plain; charset=utf-8",
                        new String(PlanFixtures.seed("001_77f6fc84ebd74c3d.txt"), StandardCharsets.UTF_8))
                .json();
        assertThat(without.get("tasks")
                        .get(0)
                        .get("units")
                        .get(0)
                        .get("agencyId")
                        .isNull())
                .as("without a unit the built-in catalogue is used, which knows names only")
                .isTrue();
    }
}
