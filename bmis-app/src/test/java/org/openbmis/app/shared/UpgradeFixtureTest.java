package org.openbmis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Upgrades: a post database written by an earlier schema, with data (a backup zip kept in
 * src/test/resources/upgrade/, made by {@code BackupRestoreIT} at the schema its properties name),
 * takes every migration added since, as Flyway does at start, and keeps its movements. When a
 * release adds migrations, this test applies them to the kept database; when a release is made, a
 * new fixture is added beside the old ones (docs/administration.md, "Upgrade").
 */
public class UpgradeFixtureTest {

  private static final Path FIXTURES = Path.of("src/test/resources/upgrade");

  @Test
  void theKeptDatabaseTakesTheNextMigrationsAndKeepsItsMovements(@TempDir Path tmp)
      throws IOException {
    Properties about = new Properties();
    try (InputStream in = Files.newInputStream(FIXTURES.resolve("h2-fixture.properties"))) {
      about.load(in);
    }
    unzip(FIXTURES.resolve(about.getProperty("file")), tmp);
    var ds =
        new SimpleDriverDataSource(
            new org.h2.Driver(), "jdbc:h2:file:" + tmp.resolve("openbmis"), "sa", "");
    JdbcClient jdbc = JdbcClient.create(ds);
    String schema =
        jdbc.sql(
                "select \"version\" from \"flyway_schema_history\" where \"success\""
                    + " order by \"installed_rank\" desc fetch first 1 rows only")
            .query(String.class)
            .single();
    assertThat(schema).isEqualTo(about.getProperty("schema"));

    Flyway flyway =
        Flyway.configure()
            .dataSource(ds)
            .locations("classpath:db/migration/common", "classpath:db/migration/h2")
            .javaMigrations(javaMigrations())
            .outOfOrder(true)
            .load();
    MigrateResult result = flyway.migrate();
    assertThat(result.success).isTrue();
    assertThat(flyway.info().pending()).isEmpty();
    flyway.validate();
    assertThat(jdbc.sql("select count(*) from mov_movement").query(Long.class).single())
        .isEqualTo(Long.parseLong(about.getProperty("movements")));
  }

  /** The application's Java migrations (beans in the application; found here by a scan). */
  public static org.flywaydb.core.api.migration.JavaMigration[] javaMigrations() {
    var scan =
        new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(
            false);
    scan.addIncludeFilter(
        new org.springframework.core.type.filter.AssignableTypeFilter(
            org.flywaydb.core.api.migration.JavaMigration.class));
    return scan.findCandidateComponents("org.openbmis.app").stream()
        .map(
            bd -> {
              try {
                var c = Class.forName(bd.getBeanClassName()).getDeclaredConstructor();
                c.setAccessible(true);
                return (org.flywaydb.core.api.migration.JavaMigration) c.newInstance();
              } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
              }
            })
        .toArray(org.flywaydb.core.api.migration.JavaMigration[]::new);
  }

  private static void unzip(Path zip, Path into) throws IOException {
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
