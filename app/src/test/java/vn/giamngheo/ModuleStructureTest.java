package vn.giamngheo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The domain modules (top-level packages) have no cycles and nobody reaches into another module's
 * internals (sub-packages). Writes the module diagram into target/spring-modulith-docs. Every module
 * has tests of its own in its package (decision 1141: plain unit tests and ITs per package rather
 * than Spring Modulith's module contexts).
 */
class ModuleStructureTest {
    private static final ApplicationModules MODULES = ApplicationModules.of(GiamNgheoApplication.class);

    @Test
    void modulesHaveNoCyclesAndNoReachIntoInternals() {
        MODULES.verify();
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    @Test
    void everyModuleHasATestClassInItsOwnPackage() throws IOException {
        List<String> untested = new ArrayList<>();
        for (ApplicationModule module : MODULES) {
            Path tests =
                    Path.of("src/test/java", module.getBasePackage().getName().split("\\."));
            if (!Files.isDirectory(tests)) {
                untested.add(module.getIdentifier() + " (no test package)");
                continue;
            }
            try (Stream<Path> files = Files.walk(tests)) {
                boolean any = files.map(p -> p.getFileName().toString())
                        .anyMatch(n -> n.endsWith("Test.java") || n.endsWith("IT.java"));
                if (!any) {
                    untested.add(module.getIdentifier() + " (no *Test or *IT class)");
                }
            }
        }
        assertThat(MODULES.stream().count()).as("modules found").isGreaterThanOrEqualTo(19);
        assertThat(untested).as("modules without a test of their own").isEmpty();
    }
}
