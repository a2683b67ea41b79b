package org.openbmis.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openbmis.app.movement.MovementFacts;
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
        .that()
        .doNotHaveFullyQualifiedName("org.openbmis.app.sync.SignedCall")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.Date")
        .because("java.time only; the JWT library's Date stays inside sync.SignedCall")
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
   * A module owns its tables (ADR 0012): only the movement module names {@code mov_} tables in its
   * compiled code; the others read the published read model {@link MovementFacts#VIEW}. Checked on
   * the string constants of the compiled classes (SQL, however built, but not comments). The demo
   * seeder is exempt: it writes a year of movements straight into the tables of every module.
   */
  @Test
  void onlyTheMovementModuleNamesItsTables() throws IOException, URISyntaxException {
    Path classes =
        Path.of(MovementFacts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path app = classes.resolve("org/openbmis/app");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(app)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String module = app.relativize(p).getName(0).toString();
        if (module.equals("movement") || module.equals("demo")) {
          continue;
        }
        ClassFileStrings.of(p).stream()
            .filter(ArchitectureTest::namesMovementTable)
            .forEach(text -> offenders.add(app.relativize(p) + ": " + text));
      }
    }
    assertThat(offenders)
        .as("SQL outside the movement module reads " + MovementFacts.VIEW + ", not mov_ tables")
        .isEmpty();
  }

  @Test
  void theTableRuleTellsTheReadModelFromTheTables() {
    assertThat(namesMovementTable("select id from mov_movement_facts m where m.id = ?")).isFalse();
    assertThat(namesMovementTable("join MOV_MOVEMENT_FACTS m on m.id = q.movement_id")).isFalse();
    assertThat(namesMovementTable("select id from mov_movement m")).isTrue();
    assertThat(namesMovementTable("from mov_movement")).isTrue();
    assertThat(namesMovementTable("select 1 from MOV_INSPECTION i")).isTrue();
    assertThat(namesMovementTable("from mov_movement_facts_2 m")).isTrue();
    assertThat(namesMovementTable("from \u0001 m join mov_\u0001")).isTrue();
    assertThat(namesMovementTable("remov_able")).isFalse();
  }

  /** {@code mov_} starting a name, followed by anything but the rest of the read model's name. */
  private static final Pattern MOVEMENT_TABLE =
      Pattern.compile(
          "(?<![a-z0-9_])mov_(?!"
              + MovementFacts.VIEW.substring("mov_".length())
              + "(?![a-z0-9_]))",
          Pattern.CASE_INSENSITIVE);

  static boolean namesMovementTable(String text) {
    return MOVEMENT_TABLE.matcher(text).find();
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
