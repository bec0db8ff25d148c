package vn.giamngheo.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Lets pages declare the permission they need with @PreAuthorize. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfig {}
