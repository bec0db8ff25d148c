package vn.giamngheo.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.giamngheo.identity.AccountSessions;
import vn.giamngheo.identity.PasswordLogin;
import vn.giamngheo.identity.WarmUpIdentity;

/**
 * Two filter chains: {@code /api/v1/**} for scripts (HTTP Basic, 401 instead of a redirect) and
 * everything else for browsers (form login, session cookie). CSRF is required on every write that a
 * session cookie could authenticate; only a real HTTP Basic request that carries no session may go
 * without the token, since a browser never adds Basic credentials to a forged request on its own
 * (any other Authorization header, such as {@code Bearer x}, is ignored by the server and so proves
 * nothing). In both chains the session follows the account ({@link SessionFollowsAccount}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    AuthenticationManager authenticationManager(PasswordLogin passwordLogin) {
        return new ProviderManager(passwordLogin);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, AuthenticationManager auth, AccountSessions sessions, WarmUpIdentity warmUp)
            throws Exception {
        http.securityMatcher("/api/v1/**")
                .authenticationManager(auth)
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/openapi/**", "/api/v1/openapi")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.realmName("giamngheo").authenticationEntryPoint(new BasicEntryPoint()))
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfig::basicWithoutSession))
                // a refused script request opens no session (saving it for after a login would)
                .requestCache(c -> c.disable())
                .addFilterBefore(new WarmUpLogin(warmUp), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new SessionFollowsAccount(sessions), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new BasicEntryPoint()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http, AuthenticationManager auth, AccountSessions sessions, WarmUpIdentity warmUp)
            throws Exception {
        http.authenticationManager(auth)
                .addFilterBefore(new WarmUpLogin(warmUp), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new SessionFollowsAccount(sessions), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/login",
                                "/webjars/**",
                                "/assets/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                // the offline survey's worker, manifest and icons (no personal data; the
                                // browser fetches the manifest without cookies)
                                "/field/sw.js",
                                "/field/session",
                                "/field/manifest.webmanifest",
                                "/field/icon-192.png",
                                "/field/icon-512.png",
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
                        // one answer for every refusal: unknown name, wrong password, throttled
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/login?error")))
                // logging out removes what the offline survey kept on this browser (decision 1703)
                .logout(l -> l.logoutSuccessUrl("/login?logout")
                        // set on every logout: Spring's writer only on HTTPS, and localhost is a secure context
                        .addLogoutHandler(
                                (req, res, who) -> res.setHeader("Clear-Site-Data", "\"cache\", \"storage\"")))
                .headers(
                        h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                                .contentSecurityPolicy(
                                        c -> c.policyDirectives(
                                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'")));
        return http.build();
    }

    /** HTTP Basic credentials and no session: a script, which a forged browser request cannot be. */
    static boolean basicWithoutSession(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null
                && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && request.getRequestedSessionId() == null;
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
