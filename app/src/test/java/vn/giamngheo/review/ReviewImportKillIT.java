package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.GiamNgheoApplication;
import vn.giamngheo.Http;

/**
 * An import killed with SIGKILL in the middle stores nothing: the application runs as its own
 * process, a large import is started in the background, the process is killed while the job shows
 * rows read, and the next start finds no household of the file, no row in the campaign, and the job
 * marked ABANDONED.
 */
class ReviewImportKillIT {
    static final int HOUSEHOLDS = 60_000;

    @TempDir
    Path tmp;

    @Test
    void anImportKilledMidwayLeavesNothingHalfStored() throws Exception {
        Path data = tmp.resolve("data");
        Path file = tmp.resolve("households.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < HOUSEHOLDS; i++) {
                w.write(TestHousehold.aHousehold(String.format("KILL-%06d", i))
                        .as(vn.giamngheo.standard.HouseholdClass.values()[i % 4])
                        .withMembers(1 + i % 6)
                        .line());
                w.write('\n');
            }
        }
        int port = freePort();
        Http http = new Http(port);
        long campaign;
        long job;
        Process first = start(data, port);
        try {
            awaitHealth(http, first);
            long commune = http.get("/api/v1/admin-units?q=" + Http.q("Xuân Bái"), "admin")
                    .json()
                    .get(0)
                    .get("id")
                    .asLong();
            campaign = http.postJson(
                            "/api/v1/reviews",
                            "admin",
                            "{\"unitId\":" + commune
                                    + ",\"year\":2031,\"kind\":\"PERIODIC\",\"standard\":\"ND07_2021\"}")
                    .json()
                    .get("id")
                    .asLong();
            HttpResponse<String> started = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reviews/" + campaign
                                            + "/households?async=true"))
                                    .header("Content-Type", "application/jsonl")
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(("admin:" + Http.DEMO_PASSWORD).getBytes()))
                                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            job = Long.parseLong(started.body().replaceAll("\\D", ""));
            JsonNode progress = awaitRowsRead(http, first, campaign, job);
            assertThat(progress.get("status").asString()).isEqualTo("RUNNING");
        } finally {
            first.destroyForcibly().waitFor(); // SIGKILL in the middle of the import
        }

        Process second = start(data, port);
        try {
            awaitHealth(http, second);
            JsonNode after = http.get("/api/v1/reviews/" + campaign + "/imports/" + job, "admin")
                    .json();
            assertThat(after.get("status").asString()).isEqualTo("ABANDONED");
            assertThat(http.get("/api/v1/reviews/" + campaign + "/households", "admin")
                            .json())
                    .isEmpty();
            assertThat(http.get("/api/v1/households?q=KILL-000001", "xuanbai")
                            .json()
                            .get("total")
                            .asInt())
                    .isZero();
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private JsonNode awaitRowsRead(Http http, Process process, long campaign, long job) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).isTrue();
            JsonNode j = http.get("/api/v1/reviews/" + campaign + "/imports/" + job, "admin")
                    .json();
            if (j.get("processed").asInt() > 0
                    || !"RUNNING".equals(j.get("status").asString())) {
                return j;
            }
            process.waitFor(50, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the import showed no progress within 120 s");
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
                "--giamngheo.data-dir=" + data,
                "--giamngheo.demo-households=false",
                "--giamngheo.demo-reform=false"));
        pb.redirectErrorStream(true);
        pb.redirectOutput(new File(tmp.toFile(), "app-" + Instant.now().toEpochMilli() + ".log"));
        return pb.start();
    }

    private static void awaitHealth(Http http, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
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
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the application did not become healthy within 180 s");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
