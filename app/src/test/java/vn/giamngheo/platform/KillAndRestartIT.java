package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.AppProcess;
import vn.giamngheo.Http;

/**
 * The durability promise end to end: the application runs as its own process, a village is
 * created, the process is killed with SIGKILL (its PostgreSQL is left running, as after kill -9),
 * and a new start on the same folder comes up with the village still there.
 */
class KillAndRestartIT {
    @TempDir
    Path tmp;

    @Test
    void afterKillNineTheNextStartComesUpWithNothingLost() throws Exception {
        Path data = tmp.resolve("data");
        int port = AppProcess.freePort();
        Process first = start(data, port);
        long villageId;
        try {
            Http http = new Http(port);
            AppProcess.awaitHealth(http, first);
            long xuanBai = -1;
            for (JsonNode u : http.get("/api/v1/admin-units?q=" + Http.q("Xuân Bái"), "admin")
                    .json()) {
                xuanBai = u.get("id").asLong();
            }
            Http.Response created = http.postJson(
                    "/api/v1/admin-units",
                    "xuanbai",
                    "{\"parentId\":" + xuanBai + ",\"name\":\"Thôn Sau Sự Cố\",\"level\":\"VILLAGE\"}");
            assertThat(created.status()).isEqualTo(201);
            villageId = created.json().get("id").asLong();
        } finally {
            first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        }
        assertThat(Files.exists(data.resolve("postgres").resolve("postmaster.pid")))
                .as("postgres left running")
                .isTrue();

        Process second = start(data, port);
        try {
            Http http = new Http(port);
            AppProcess.awaitHealth(http, second);
            Http.Response village = http.get("/api/v1/admin-units/" + villageId, "admin");
            assertThat(village.status()).isEqualTo(200);
            assertThat(village.json().get("name").asString()).isEqualTo("Thôn Sau Sự Cố");
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Process start(Path data, int port) throws Exception {
        return AppProcess.start(
                Map.of(),
                new File(tmp.toFile(), "app-" + Instant.now().toEpochMilli() + ".log"),
                "--server.port=" + port,
                "--giamngheo.data-dir=" + data,
                // the old structure, where Xuân Bái is a commune; the reform demo is ReformIT's
                "--giamngheo.demo-reform=false");
    }
}
