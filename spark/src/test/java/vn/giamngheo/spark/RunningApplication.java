package vn.giamngheo.spark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web application as built (app/target/giamngheo.jar) started in its own JVM on a fresh data
 * folder with its demo dataset, so that the national jobs are compared with the application's own
 * answers over its own database. Its embedded PostgreSQL's port and password are read from the
 * data folder, as an operator would.
 */
final class RunningApplication implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RunningApplication(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
    }

    static RunningApplication start(Path dataDir) throws Exception {
        String jar = System.getProperty("giamngheo.app.jar", "../app/target/giamngheo.jar");
        if (!Files.exists(Path.of(jar))) {
            throw new IllegalStateException(
                    jar + " is missing: build the application first (./mvnw package from the root)");
        }
        delete(dataDir);
        Files.createDirectories(dataDir);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-jar",
                        jar,
                        "--server.port=" + port,
                        "--giamngheo.data-dir=" + dataDir.toAbsolutePath())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        RunningApplication app = new RunningApplication(p, dataDir, log, port);
        app.awaitReady();
        return app;
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped:\n" + tail());
            }
            try {
                HttpResponse<Void> r = http.send(
                        // ready once the start-up work (the demo dataset) is done, not when the port opens
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the application did not start in 5 minutes:\n" + tail());
    }

    /** The application's database, as its data folder gives it (postmaster.pid line 4: the port). */
    Database database() throws IOException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        String password = Files.readString(dataDir.resolve("postgres.password")).strip();
        return new Database("jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/giamngheo", "postgres", password);
    }

    JsonNode get(String pathAndQuery) throws Exception {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), 200);
    }

    JsonNode post(String path, String json) throws Exception {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                201);
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private JsonNode send(HttpRequest.Builder b, int expected) throws Exception {
        String auth = Base64.getEncoder().encodeToString("admin:giamngheo-demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(
                b.header("Authorization", "Basic " + auth)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new AssertionError(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
