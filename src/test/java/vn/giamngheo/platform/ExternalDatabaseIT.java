package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giamngheo.GiamNgheoApplication;
import vn.giamngheo.Http;

/**
 * With SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD set, the application uses that PostgreSQL server:
 * no embedded server, no demo data, and the first administrator comes from the environment. The
 * "external" server here is a separate PostgreSQL process with a password-protected role.
 */
class ExternalDatabaseIT {
    @TempDir
    Path tmp;

    @Test
    void anExternalServerIsMigratedAndTheFirstAdministratorComesFromTheEnvironment() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(tmp.resolve("external"))
                .setCleanDataDirectory(true)
                .start()) {
            try (Connection c = server.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE ROLE poverty LOGIN PASSWORD 'secret-pw'");
                c.createStatement().execute("CREATE DATABASE povertydb OWNER poverty");
            }
            int port = freePort();
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(List.of(
                    java,
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    GiamNgheoApplication.class.getName(),
                    "--server.port=" + port,
                    "--giamngheo.data-dir=" + tmp.resolve("unused")));
            pb.environment()
                    .put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + server.getPort() + "/povertydb");
            pb.environment().put("SPRING_DATASOURCE_USERNAME", "poverty");
            pb.environment().put("SPRING_DATASOURCE_PASSWORD", "secret-pw");
            pb.environment().put("GIAMNGHEO_ADMIN_USERNAME", "quantri");
            pb.environment().put("GIAMNGHEO_ADMIN_PASSWORD", "mat-khau-dai-1");
            pb.redirectErrorStream(true);
            pb.redirectOutput(new File(tmp.toFile(), "app.log"));
            Process app = pb.start();
            try {
                Http http = new Http(port);
                awaitHealth(http, app);
                assertThat(http.get("/api/v1/admin-units", "quantri:mat-khau-dai-1")
                                .json()
                                .size())
                        .as("no demo data")
                        .isZero();
                assertThat(http.get("/api/v1/admin-units", "admin:giamngheo-demo")
                                .status())
                        .as("no demo account")
                        .isEqualTo(401);
                assertThat(http.postJson(
                                        "/api/v1/admin-units",
                                        "quantri:mat-khau-dai-1",
                                        "{\"name\":\"Thử\",\"level\":\"PROVINCE\"}")
                                .status())
                        .isEqualTo(201);
            } finally {
                app.destroy();
                app.waitFor(60, TimeUnit.SECONDS);
            }
            assertThat(tmp.resolve("unused").resolve("postgres"))
                    .as("no embedded server was started")
                    .doesNotExist();
            try (Connection c = server.getDatabase("poverty", "povertydb").getConnection()) {
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM admin_unit");
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
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
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the application did not become healthy within 120 s");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
