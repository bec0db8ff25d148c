package vn.giamngheo.identity;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id (the OWASP recommendation) for new hashes; the stored hash names its algorithm
 * ("{argon2}…"), so a later change of algorithm re-hashes at the next login instead of breaking
 * old accounts. See docs/decisions/0003.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }
}
