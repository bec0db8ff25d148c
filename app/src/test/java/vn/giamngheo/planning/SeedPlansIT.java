package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;

/** The five seeds, imported and saved as plans: every task, lead and schedule as extracted. */
class SeedPlansIT extends PlanTestBase {
    @LocalServerPort
    int port;

    JsonNode importFor(Http http, String seed, long unitId) {
        return PlanFixtures.importSeed(http, admin(), seed, unitId);
    }

    @Test
    void savingTheReviewedExtractionOfEachSeedStoresEveryTaskLeadAndScheduleAsExtracted() {
        Http http = new Http(port);
        for (String seed : PlanFixtures.SEEDS) {
            AdminUnit commune = newCommune(newDistrict());
            JsonNode extraction = importFor(http, seed, commune.id());
            Http.Response saved = http.postJson("/api/v1/plans?unitId=" + commune.id(), admin(), extraction.toString());
            assertThat(saved.status()).as(seed + ": " + saved.body()).isEqualTo(201);
            JsonNode detail = http.get(
                            "/api/v1/plans/"
                                    + saved.json().get("plan").get("id").asLong(),
                            admin())
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
    void theImportWithAUnitMatchesNamesInTheRegistryFromThatUnitUp() {
        AdminUnit camChau = newPlace(1).commune(1);
        JsonNode extraction = importFor(new Http(port), "001_77f6fc84ebd74c3d.txt", camChau.id());
        JsonNode first = extraction.get("tasks").get(0).get("units").get(0);
        assertThat(first.get("mention").asString()).startsWith("Công chức Văn hóa");
        assertThat(first.get("agencyId").isNumber()).isTrue();
        ObjectNode without = (ObjectNode) new Http(port)
                .post(
                        "/api/v1/plans/import",
                        admin(),
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
