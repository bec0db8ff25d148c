package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;

/**
 * About the demo (decision 1140): the demo stores each seed plan on its real unit with the document
 * attached and its leads matched to the demo's agencies. The other plan tests build their own places.
 */
class DemoSeedPlansIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    /** The seed's unit as the demo stores it (demo/plans/plans.txt). */
    AdminUnit seedUnit(String seed) {
        return switch (seed.substring(0, 3)) {
            case "000" -> unit("DISTRICT", "Kon Rẫy");
            case "001" -> unit("COMMUNE", "Cẩm Châu");
            case "002" -> unit("DISTRICT", "Võ Nhai");
            case "003" -> unit("DISTRICT", "Ngọc Hồi");
            default -> unit("DISTRICT", "Thọ Xuân");
        };
    }

    AdminUnit unit(String level, String name) {
        return units.search(name, level, 20).stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(level + " " + name + " not found"));
    }

    JsonNode importFor(Http http, String seed, long unitId) {
        return PlanFixtures.importSeed(http, "admin", seed, unitId);
    }

    @Test
    void theDemoHoldsEachSeedAsAPlanOfItsUnitWithTheDocumentAttachedAndLeadsMatchedToTheRegistry() {
        Http http = new Http(port);
        for (String seed : PlanFixtures.SEEDS) {
            AdminUnit unit = seedUnit(seed);
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
        AdminUnit thoXuan = unit("DISTRICT", "Thọ Xuân");
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
}
