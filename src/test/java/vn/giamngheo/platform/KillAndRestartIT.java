package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.GiamNgheoApplication;
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
        int port = freePort();
        Process first = start(data, port);
        long villageId;
        try {
            Http http = new Http(port);
            awaitHealth(http, first);
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
            awaitHealth(http, second);
            Http.Response village = http.get("/api/v1/admin-units/" + villageId, "admin");
            assertThat(village.status()).isEqualTo(200);
            assertThat(village.json().get("name").asString()).isEqualTo("Thôn Sau Sự Cố");
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Process start(Path data, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                GiamNgheoApplication.class.getName(),
                "--server.port=" + port,
                "--giamngheo.data-dir=" + data));
        pb.redirectErrorStream(true);
        pb.redirectOutput(new File(tmp.toFile(), "app-" + Instant.now().toEpochMilli() + ".log"));
        return pb.start();
    }

    private static void awaitHealth(Http http, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive())
                    .as("application process died during start")
                    .isTrue();
            try {
                if (http.get("/actuator/health", null).body().contains("UP")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while starting
            }
            process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the application did not become healthy within 120 s");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
