package vn.giamngheo.review;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This instance as the owner of the import jobs it runs (decision 1812): a random number, and a
 * PostgreSQL session advisory lock on it held on a connection of its own for as long as the instance
 * lives. When the process stops or is killed, its connection closes and PostgreSQL drops the lock at
 * once, so any other instance can tell a live import from an abandoned one without waiting for a
 * timeout. Lost with the connection (a database restart), the lock is taken again, under a new
 * number — the jobs of the old one died with their transactions.
 */
@Component
class ImportOwner {
    /** First key of the two-key advisory locks of import owners (apart from the one-key locks). */
    static final int LOCKS = 0x696d706f;

    private static final Logger log = LoggerFactory.getLogger(ImportOwner.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final DataSource dataSource;
    private Connection held;
    private int number;

    ImportOwner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** This instance's owner number, its lock taken (again) if needed. */
    synchronized int number() {
        if (held == null || !alive()) {
            take();
        }
        return number;
    }

    /** Checks the lock's connection, and takes the lock again if it was lost. */
    synchronized void keep() {
        if (held != null && !alive()) {
            take();
        }
    }

    private boolean alive() {
        try (Statement s = held.createStatement()) {
            s.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void take() {
        drop();
        try {
            Connection c = dataSource.getConnection();
            for (int tries = 0; tries < 10; tries++) {
                int candidate = RANDOM.nextInt(Integer.MAX_VALUE);
                try (Statement s = c.createStatement();
                        ResultSet rs =
                                s.executeQuery("SELECT pg_try_advisory_lock(" + LOCKS + ", " + candidate + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        held = c;
                        number = candidate;
                        return;
                    }
                }
            }
            c.close();
            throw new IllegalStateException("no free import owner number after 10 tries");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the import owner lock: " + e.getMessage(), e);
        }
    }

    private void drop() {
        if (held != null) {
            try {
                held.close();
            } catch (SQLException e) {
                log.debug("closing the lost import owner connection: {}", e.getMessage());
            }
            held = null;
        }
    }

    @jakarta.annotation.PreDestroy
    synchronized void stop() {
        if (held != null) {
            try (Statement s = held.createStatement()) {
                s.execute("SELECT pg_advisory_unlock(" + LOCKS + ", " + number + ")");
            } catch (SQLException e) {
                log.debug("giving back the import owner lock: {}", e.getMessage());
            }
            drop();
        }
    }
}
