package org.openbmis.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module boundaries (no cycles, no access to another module's internals) and writes
 * the module diagrams to {@code target/spring-modulith-docs}.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(OpenBmisApplication.class);

  @Test
  void moduleBoundariesHold() {
    MODULES.verify();
  }

  @Test
  void writesModuleDiagrams() {
    new Documenter(MODULES)
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
