package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giamngheo.AppProcess;
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
            int port = AppProcess.freePort();
            Map<String, String> env = Map.of(
                    "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + server.getPort() + "/povertydb",
                    "SPRING_DATASOURCE_USERNAME", "poverty",
                    "SPRING_DATASOURCE_PASSWORD", "secret-pw",
                    "GIAMNGHEO_ADMIN_USERNAME", "quantri",
                    "GIAMNGHEO_ADMIN_PASSWORD", "mat-khau-dai-1");
            Process app = AppProcess.start(
                    env,
                    new File(tmp.toFile(), "app.log"),
                    "--server.port=" + port,
                    "--giamngheo.data-dir=" + tmp.resolve("unused"));
            try {
                Http http = new Http(port);
                AppProcess.awaitHealth(http, app);
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
}
