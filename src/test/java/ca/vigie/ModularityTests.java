package ca.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(VigieApplication.class);

    @Test
    void modules_respect_their_declared_boundaries() {
        modules.verify();
    }

    @Test
    void audit_and_system_depend_on_no_business_module() {
        assertThat(modules.getModuleByName("audit").orElseThrow().getBootstrapDependencies(modules))
                .allMatch(module -> module.getIdentifier().toString().equals("system"));
        assertThat(modules.getModuleByName("system").orElseThrow().getBootstrapDependencies(modules))
                .isEmpty();
    }

    @Test
    void writes_module_documentation() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
