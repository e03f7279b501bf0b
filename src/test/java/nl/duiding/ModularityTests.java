package nl.duiding;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module map cannot rot: every module reaches others only through their APIs. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(DuidingApplication.class);

    @Test
    void modulesOnlyUseEachOthersApis() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
