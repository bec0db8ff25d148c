package vn.giamngheo.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Request bodies bounded per endpoint ({@code giamngheo.limits.*}), NUL and non-ASCII digits refused. */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfig {

    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits(
            @Value("${giamngheo.limits.body:10MB}") DataSize body,
            @Value("${giamngheo.limits.document:20MB}") DataSize document,
            @Value("${giamngheo.limits.import:2GB}") DataSize imports) {
        FilterRegistrationBean<RequestLimits> registration =
                new FilterRegistrationBean<>(new RequestLimits(body, document, imports));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
