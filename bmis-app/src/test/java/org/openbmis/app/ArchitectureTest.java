package org.openbmis.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of style.md, checked on the compiled application classes. */
class ArchitectureTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openbmis.app");

  @Test
  void noFieldInjection() {
    ArchRule rule =
        fields().should().notBeAnnotatedWith(Autowired.class).because("constructor injection only");
    rule.check(CLASSES);
  }

  @Test
  void noLegacyDatesNoConsoleOutput() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.Date")
        .check(CLASSES);
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.openbmis.app.admin.FirstAdministrator")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because(
            "log through SLF4J, never to the console; only the first administrator's one-time"
                + " password is shown on the console, so that it stays out of the log files")
        .check(CLASSES);
  }

  @Test
  void controllersLiveInWebPackages() {
    noClasses()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .resideOutsideOfPackage("..web..")
        .check(CLASSES);
  }

  @Test
  void applicationCodeUsesJackson3() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson.databind..")
        .because(
            "Boot 4 uses Jackson 3 (tools.jackson); Jackson 2 is only for third-party libraries")
        .check(CLASSES);
  }

  @Test
  void onlyTheAuditLogTouchesTheAuditTable() throws IOException {
    Path src = Path.of("src/main/java");
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(src)) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !AUDIT_CLASSES.contains(p.getFileName().toString()))
              .filter(p -> read(p).contains("shr_audit_event"))
              .toList();
    }
    assertThat(offenders).as("append-only audit table written only by AuditLog").isEmpty();
  }

  /**
   * The audit log's own classes in {@code shared}: it writes (AuditLog through the chain's writer),
   * the verifier reads, and the migration that chained the entries written before the chain.
   */
  private static final List<String> AUDIT_CLASSES =
      List.of(
          "AuditLog.java",
          "AuditChainWriter.java",
          "AuditChainVerifier.java",
          "AuditChainMigration.java");

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
