package vn.giamngheo.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work runs on every instance; each task either does what is harmless twice or takes a
 * PostgreSQL advisory lock and skips its round when another instance holds it (decision 1812).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}
