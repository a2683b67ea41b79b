package org.openbmis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void writesModuleDiagrams() throws IOException {
    new Documenter(MODULES)
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    String diagram = Files.readString(Path.of("target/spring-modulith-docs/components.puml"));
    assertThat(diagram).contains("Movement", "Screening", "Visa", "Statistics", "Biometrics");
  }
}
