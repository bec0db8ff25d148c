package vn.giamngheo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a real embedded PostgreSQL in a fresh
 * temporary folder, with the demo dataset, which only the tests about the demo read (decision 1140,
 * {@code TestsOwnTheirDataTest}). Every subclass shares one Spring context, hence one PostgreSQL per
 * test JVM; tests build the units, accounts and records they need with the test builders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTestBase {
    static final Path DATA_DIR;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("giamngheo-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("giamngheo.data-dir", DATA_DIR::toString);
        registry.add("giamngheo.demo", () -> "true");
        registry.add("giamngheo.demo-households", () -> "false");
        registry.add("giamngheo.demo-reform", () -> "false");
        // a few rounds: the warm-up's code runs, without adding seconds to every test context
        registry.add("giamngheo.warm-up.rounds", () -> "3");
    }
}
