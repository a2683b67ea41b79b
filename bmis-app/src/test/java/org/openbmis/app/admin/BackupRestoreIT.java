package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.OpenBmisApplication;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A post's H2 database backed up online (the desks working on) and restored: the restored node has
 * every movement of the backup and none recorded after it, Flyway finds its schema current, and the
 * application starts on it. The backup is also kept as target/upgrade-fixture.zip, the kind of file
 * src/test/resources/upgrade/ holds for {@code UpgradeFixtureTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class BackupRestoreIT {

  static final Path HOME = Path.of("target", "backup-it-" + UUID.randomUUID()).toAbsolutePath();
  static final String ADMIN = TestAccounts.authorization(TestAccounts.ADMIN);

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry r) {
    r.add("spring.datasource.url", () -> h2Url(HOME.resolve("node")));
    r.add("bmis.data-folder", () -> HOME.resolve("data").toString());
  }

  static String h2Url(Path folder) {
    return "jdbc:h2:file:" + folder.resolve("openbmis") + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aRestoredNodeHasEveryMovementOfTheBackupAndStarts() throws Exception {
    ApiClient api = new ApiClient(port);
    for (int i = 0; i < 3; i++) {
      cross(api);
    }
    List<String> before = movements(jdbc);
    assertThat(before).hasSizeGreaterThanOrEqualTo(3);

    var made = api.postAs(ADMIN, "/api/v1/admin/backups", Map.of());
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    Path zip = Path.of(made.json().get("file").asString());
    assertThat(zip).exists().startsWith(HOME.resolve("data/backups"));
    assertThat(made.json().get("bytes").asLong()).isEqualTo(Files.size(zip));
    assertThat(api.post(TestAccounts.SUPERVISOR, "/api/v1/admin/backups", Map.of()).status())
        .isEqualTo(403);
    cross(api); // after the backup: not in it
    Files.copy(zip, Path.of("target", "upgrade-fixture.zip"), StandardCopyOption.REPLACE_EXISTING);

    // restore: the zip's files into an empty folder (what deploy/post/restore.sh does)
    Path restored = HOME.resolve("restored");
    unzip(zip, restored);
    assertThat(restored.resolve("openbmis.mv.db")).exists();
    var ds = new SimpleDriverDataSource(new org.h2.Driver(), h2Url(restored), "sa", "");
    Flyway flyway =
        Flyway.configure()
            .dataSource(ds)
            .locations("classpath:db/migration/common", "classpath:db/migration/h2")
            .javaMigrations(org.openbmis.app.shared.UpgradeFixtureTest.javaMigrations())
            .outOfOrder(true)
            .load();
    flyway.validate();
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(movements(JdbcClient.create(ds))).containsExactlyInAnyOrderElementsOf(before);

    // and the application starts on the restored database
    try (ConfigurableApplicationContext node =
        new SpringApplicationBuilder(OpenBmisApplication.class)
            .profiles("test")
            // arguments, not default properties: the test profile's own database URL would win
            .run(
                "--server.port=0",
                "--spring.datasource.url=" + h2Url(restored),
                "--bmis.data-folder=" + HOME.resolve("restored-data"))) {
      JdbcClient restoredJdbc = node.getBean(JdbcClient.class);
      assertThat(movements(restoredJdbc)).containsExactlyInAnyOrderElementsOf(before);
    }
  }

  private static List<String> movements(JdbcClient jdbc) {
    return jdbc.sql("select cast(id as varchar(36)) from mov_movement").query(String.class).list();
  }

  static void cross(ApiClient api) {
    Map<String, Object> doc = new HashMap<>();
    String number = Passports.nextNumber();
    StringBuilder given = new StringBuilder("BACKUP ");
    number.chars().filter(Character::isDigit).forEach(d -> given.append((char) ('A' + d - '0')));
    doc.put("documentNumber", number);
    doc.put("issuingState", "GHA");
    doc.put("nationality", "GHA");
    doc.put("primaryIdentifier", "RESTORE");
    doc.put("secondaryIdentifier", given.toString());
    doc.put("dateOfBirth", "1980-06-15");
    doc.put("dateOfExpiry", "2099-01-01");
    doc.put("sex", "F");
    var inspection =
        api.post(
            TestAccounts.OFFICER,
            "/api/v1/inspections",
            Map.of("document", doc, "direction", "ENTRY"));
    assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
    var decision =
        api.post(
            TestAccounts.OFFICER,
            "/api/v1/inspections/" + inspection.json().get("id").asString() + "/decision",
            Map.of(
                "direction", "ENTRY",
                "decision", "ADMITTED",
                "purpose", "TOURISM",
                "transportMode", "AIR",
                "carrier", "KQ 1"));
    assertThat(decision.status()).as(decision.body()).isEqualTo(201);
  }

  static void unzip(Path zip, Path into) throws IOException {
    Files.createDirectories(into);
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        Path target = into.resolve(e.getName()).normalize();
        assertThat(target.startsWith(into)).as(e.getName()).isTrue();
        Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
