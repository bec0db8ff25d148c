package vn.giamngheo.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the application runs on when no external datasource is configured: a real
 * PostgreSQL 17 from Maven Central, on a data folder that survives restarts.
 *
 * <p>Durability matters more than speed here (a commune's recognised lists must survive a power
 * cut), so fsync and synchronous commit are forced on; zonky passes {@code -F} (fsync off) first
 * and our {@code -c} settings come later on the command line, so they win. A postmaster left
 * running by a JVM that was killed with {@code kill -9} is detected from {@code postmaster.pid}
 * and shut down cleanly before the new one starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "giamngheo";

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts the server on {@code dataDir}, creating the folder and the database when new. */
    public static EmbeddedPostgresServer start(Path dataDir) {
        return start(dataDir, 0);
    }

    /** As {@link #start(Path)}, on {@code port} (0: a free one) for instances that connect to it. */
    static EmbeddedPostgresServer start(Path dataDir, int port) {
        Path pgData = dataDir.resolve("postgres");
        DataDirectoryCheck.requireUsable(dataDir, pgData);
        stopLeftoverPostmaster(pgData);
        try {
            boolean existing = Files.isRegularFile(pgData.resolve("PG_VERSION"));
            if (existing && !Files.exists(dataDir.resolve(DatabasePassword.FILE)) && !DatabasePassword.trusts(pgData)) {
                throw new StartupProblem("Thiếu tệp mật khẩu "
                        + dataDir.resolve(DatabasePassword.FILE).toAbsolutePath()
                        + " của PostgreSQL nhúng (the embedded PostgreSQL's password file is missing)");
            }
            String password = DatabasePassword.readOrCreate(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPort(port > 0 ? port : freePort())
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200") // several instances' pools
                    // a read across partitioned tables locks every partition and its indexes (five
                    // tables a province): the default 64 a connection runs out once a few such reads
                    // run at once over many provinces (docs/scaling.md, "Locks")
                    .setServerConfig("max_locks_per_transaction", "1024")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("listen_addresses", "localhost") // loopback only
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setConnectConfig("password", password)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, password);
            server.requirePassword(pgData);
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException | RuntimeException e) {
            throw new StartupProblem("Không khởi động được PostgreSQL nhúng trên thư mục " + pgData.toAbsolutePath()
                    + " (could not start the embedded PostgreSQL): " + rootMessage(e));
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    /** The superuser password (decision 0002: kept in the data folder, owner only). */
    public String password() {
        return password;
    }

    /**
     * A new data folder (zonky's initdb trusts every local connection) or one from an earlier version:
     * give the superuser the password, then make every rule of pg_hba.conf ask for it and reload.
     */
    private void requirePassword(Path pgData) throws IOException {
        if (!DatabasePassword.trusts(pgData)) {
            return;
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE postgres PASSWORD '" + password.replace("'", "''") + "'");
            DatabasePassword.requirePassword(pgData);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("cannot set the database password: " + e.getMessage(), e);
        }
        log.info("The embedded PostgreSQL now requires the password kept in the data folder");
    }

    public int port() {
        return postgres.getPort();
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IOException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    /**
     * A JVM killed with {@code kill -9} leaves its postmaster running: it still owns the data
     * folder, so a new one cannot start there. Ask it to shut down (SIGTERM: its clients are gone,
     * so it finishes at once) and wait; everything it committed is already on disk (fsync on).
     */
    static void stopLeftoverPostmaster(Path pgData) {
        Optional<ProcessHandle> leftover = leftoverPostmaster(pgData);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle process = leftover.get();
        log.warn(
                "A PostgreSQL server (pid {}) from an earlier run still holds {}; shutting it down",
                process.pid(),
                pgData);
        process.destroy();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new StartupProblem(
                    "PostgreSQL cũ (pid " + process.pid() + ") vẫn giữ thư mục " + pgData.toAbsolutePath()
                            + " và không dừng được (an earlier PostgreSQL still holds the data folder and did not stop)");
        }
    }

    static Optional<ProcessHandle> leftoverPostmaster(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().command().map(c -> c.contains("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
        }
    }
}
