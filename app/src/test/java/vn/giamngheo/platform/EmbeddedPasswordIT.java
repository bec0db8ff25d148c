package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL asks every client for the password kept, owner only, in the data folder. */
class EmbeddedPasswordIT {
    @TempDir
    Path data;

    static Connection connect(EmbeddedPostgresServer server, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + server.port() + "/" + EmbeddedPostgresServer.DATABASE, p);
    }

    static void requiresThePassword(EmbeddedPostgresServer server) throws Exception {
        assertThatThrownBy(() -> connect(server, null).close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(server, "doan-sai").close()).hasMessageContaining("password");
        try (Connection c = connect(server, server.password());
                ResultSet rs = c.createStatement().executeQuery("SHOW listen_addresses")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("localhost");
        }
    }

    @Test
    void aNewDataFolderGetsAPasswordReadableByTheOwnerOnly() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data)) {
            Path file = data.resolve(DatabasePassword.FILE);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(DatabasePassword.OWNER_ONLY);
            assertThat(Files.readString(file).trim())
                    .isEqualTo(server.password())
                    .hasSizeGreaterThan(20);
            assertThat(Files.readString(data.resolve("postgres/pg_hba.conf")))
                    .contains("scram-sha-256")
                    .doesNotContainPattern("(?m)^[^#]*\\strust\\s*$");
            requiresThePassword(server);
        }
        // and again after a restart on the same folder
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data)) {
            requiresThePassword(again);
        }
    }

    @Test
    void aDataFolderOfAnEarlierVersionThatTrustedEveryoneIsMigrated() throws Exception {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false)
                .start()) {
            try (Connection c = old.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE DATABASE " + EmbeddedPostgresServer.DATABASE);
            }
        }
        assertThat(Files.readString(data.resolve("postgres/pg_hba.conf"))).containsPattern("(?m)\\strust\\s*$");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data)) {
            requiresThePassword(server);
        }
    }
}
