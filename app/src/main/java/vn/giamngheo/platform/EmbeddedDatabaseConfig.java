package vn.giamngheo.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}) the application runs on
 * its own PostgreSQL under {@code giamngheo.data-dir}; otherwise Spring Boot's own datasource
 * configuration takes over and this class stays out of the way. See docs/decisions/0002.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${giamngheo.data-dir:./data}") String dataDir) {
        return EmbeddedPostgresServer.start(Path.of(dataDir));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server, @Value("${giamngheo.db.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername("postgres");
        config.setPassword(server.password());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("giamngheo-embedded");
        return new HikariDataSource(config);
    }
}
