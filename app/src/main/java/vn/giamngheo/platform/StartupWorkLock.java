package vn.giamngheo.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The work every instance does once at start (seeding the standards, the demo data, marking stopped
 * imports) runs in one instance at a time: the first start-up runner takes a PostgreSQL advisory lock
 * on a connection of its own and the last one gives it back. Two instances started together on one
 * database would otherwise both find "no demo data yet" and load it twice (decision 1812).
 */
@Configuration(proxyBeanMethods = false)
class StartupWorkLock {
    private static final Logger log = LoggerFactory.getLogger(StartupWorkLock.class);
    static final long LOCK = 0x7374617274L;

    private Connection held;

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner takeStartupLock(DataSource dataSource) {
        return args -> take(dataSource);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 100)
    ApplicationRunner releaseStartupLock() {
        return (ApplicationArguments args) -> release();
    }

    synchronized void take(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        try (Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT pg_try_advisory_lock(" + LOCK + ")");
            rs.next();
            if (!rs.getBoolean(1)) {
                log.info("Another instance is doing its start-up work on this database; waiting for it");
                s.execute("SELECT pg_advisory_lock(" + LOCK + ")");
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        held = c;
    }

    synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection c = held;
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + LOCK + ")");
        } catch (SQLException e) {
            // the connection is closed with it: PostgreSQL drops a closed session's locks
            log.warn("Could not give back the start-up lock cleanly: {}", e.getMessage());
        }
        held = null;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        release();
    }
}
