package ca.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
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
    void demo_data_lives_in_the_demo_module_and_only_the_demo_uses_complaints() {
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            Set<String> uses = module.getDirectDependencies(modules)
                    .uniqueModules()
                    .map(dependency -> dependency.getIdentifier().toString())
                    .collect(Collectors.toSet());
            assertThat(uses).as("%s uses", name).doesNotContain("demo");
            if (!name.equals("demo")) {
                assertThat(uses).as("%s uses", name).doesNotContain("complaints");
                assertThat(module.getBasePackage().stream())
                        .as("types of %s", name)
                        .noneMatch(type ->
                                type.isTopLevelClass() && type.getSimpleName().startsWith("Demo"));
            }
        }
    }

    @Test
    void writes_module_documentation() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
