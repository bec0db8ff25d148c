package vn.giamngheo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The domain modules (top-level packages) have no cycles and nobody reaches into another module's
 * internals (sub-packages). Writes the module diagram into target/spring-modulith-docs.
 */
class ModuleStructureTest {
    @Test
    void modulesHaveNoCyclesAndNoReachIntoInternals() {
        ApplicationModules modules = ApplicationModules.of(GiamNgheoApplication.class);
        modules.verify();
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
