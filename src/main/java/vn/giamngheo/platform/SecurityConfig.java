package vn.giamngheo.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.giamngheo.identity.PasswordLogin;

/**
 * Two filter chains: {@code /api/v1/**} for scripts (HTTP Basic, 401 instead of a redirect, no CSRF
 * token needed when the request carries its own Authorization header) and everything else for
 * browsers (form login, session cookie, CSRF on every state-changing request).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    AuthenticationManager authenticationManager(PasswordLogin passwordLogin) {
        return new ProviderManager(passwordLogin);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager auth) throws Exception {
        RequestMatcher withAuthorizationHeader = (HttpServletRequest r) -> r.getHeader("Authorization") != null;
        http.securityMatcher("/api/v1/**")
                .authenticationManager(auth)
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/openapi/**", "/api/v1/openapi")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.realmName("giamngheo").authenticationEntryPoint(new BasicEntryPoint()))
                .csrf(c -> c.ignoringRequestMatchers(withAuthorizationHeader))
                .exceptionHandling(e -> e.authenticationEntryPoint(new BasicEntryPoint()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager auth) throws Exception {
        http.authenticationManager(auth)
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/login",
                                "/webjars/**",
                                "/assets/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/actuator/health/**",
                                "/actuator/health",
                                "/api/docs",
                                "/api/docs/**",
                                "/swagger-ui/**",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((req, res, ex) -> {
                            String target = ex instanceof LockedException locked
                                    ? "/login?wait=" + locked.getMessage()
                                    : "/login?error";
                            res.sendRedirect(req.getContextPath() + target);
                        }))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .headers(
                        h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                                .contentSecurityPolicy(
                                        c -> c.policyDirectives(
                                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'")));
        return http.build();
    }

    /** 401 with a Basic challenge, so scripts and curl know what to send. */
    static final class BasicEntryPoint implements AuthenticationEntryPoint {
        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
                throws IOException {
            response.setHeader("WWW-Authenticate", "Basic realm=\"giamngheo\"");
            response.sendError(HttpStatus.UNAUTHORIZED.value(), HttpStatus.UNAUTHORIZED.getReasonPhrase());
        }
    }
}
