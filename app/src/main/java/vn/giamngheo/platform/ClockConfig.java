package vn.giamngheo.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of time: domain code takes this Clock and never calls now() itself. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
