package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.identity.TestUsers;

class TargetsIT extends PlanTestBase {
    @LocalServerPort
    int port;

    @Test
    void aTargetWhoseSplitDoesNotAddUpIsRefusedNamingTheField() {
        AdminUnit commune = newCommune(newDistrict());
        String official = officialOf(commune);
        Http.Response r = new Http(port).post("/api/v1/targets", official, "application/json", "{}");
        assertThat(r.status()).isEqualTo(405);
        Http.Response bad = put(official, commune.id());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("plannedReduction");
    }

    private Http.Response put(String user, long unitId) {
        try {
            var client = java.net.http.HttpClient.newHttpClient();
            var req = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/api/v1/targets"))
                    .header(
                            "Authorization",
                            "Basic "
                                    + java.util.Base64.getEncoder()
                                            .encodeToString((user + ":" + TestUsers.PASSWORD).getBytes()))
                    .header("Content-Type", "application/json")
                    .PUT(
                            java.net.http.HttpRequest.BodyPublishers.ofString(
                                    "{\"unitId\":" + unitId
                                            + ",\"year\":2025,\"plannedReduction\":5,\"reductionWithoutLabour\":1,\"reductionWithLabour\":3}"))
                    .build();
            var res = client.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Http.Response(res.statusCode(), res.body(), res.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
