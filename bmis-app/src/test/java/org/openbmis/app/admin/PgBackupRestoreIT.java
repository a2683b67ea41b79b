package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.OpenBmisApplication;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Headquarters' PostgreSQL backed up with the real {@code deploy/backup/pg-backup.sh} (the
 * application running and writing) and restored with the real {@code pg-restore.sh} into a fresh
 * empty database: the restored database has every movement of the backup and none recorded after
 * it, Flyway validates it with nothing pending, and the application starts on it.
 *
 * <p>The scripts use the machine's {@code pg_dump}, {@code pg_restore} and {@code psql} (Debian 12:
 * PostgreSQL 15, package {@code postgresql-client}; {@code .ci/run} installs it). A {@code pg_dump}
 * refuses a newer server than itself and the other tests' embedded server is 17, so this test
 * starts a PostgreSQL 15 of its own (zonky's binaries, copied to target/pg-backup-test by the
 * build). Without the tools or the binaries it is skipped, except on CI (environment {@code CI}),
 * where it fails.
 */
class PgBackupRestoreIT {

  static final Path HOME = Path.of("target", "pg-backup-it-" + UUID.randomUUID()).toAbsolutePath();
  static final Path BINARIES = Path.of("target", "pg-backup-test", "postgresql-15-binaries.jar");
  static final Path SCRIPTS = Path.of("..", "deploy", "backup").toAbsolutePath().normalize();

  @Test
  void aRestoredDatabaseHasEveryMovementOfTheDumpAndTheApplicationStartsOnIt() throws Exception {
    requireTools();
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setPgBinaryResolver((system, hardware) -> postgresql15())
            .start()) {
      JdbcClient server = JdbcClient.create(pg.getPostgresDatabase());
      assertThat(server.sql("show server_version").query(String.class).single()).startsWith("15.");
      server.sql("create database bmis_source").update();
      server.sql("create database bmis_restored").update();

      List<String> before;
      Path dump;
      try (ConfigurableApplicationContext node = start(pg, "bmis_source", "source")) {
        ApiClient api = new ApiClient(port(node));
        for (int i = 0; i < 3; i++) {
          BackupRestoreIT.cross(api);
        }
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        before = movements(jdbc);
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);

        Files.createDirectories(HOME.resolve("dumps"));
        String out = run("pg-backup.sh", url(pg, "bmis_source"), HOME.resolve("dumps").toString());
        dump = Path.of(out.strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(dump).exists().startsWith(HOME.resolve("dumps"));
        assertThat(dump.getFileName().toString()).matches("openbmis-\\d{8}-\\d{6}\\.dump");

        BackupRestoreIT.cross(api); // after the backup: not in it
        assertThat(movements(jdbc)).hasSize(before.size() + 1);
      }

      String restored = run("pg-restore.sh", dump.toString(), url(pg, "bmis_restored"));
      assertThat(restored).contains(before.size() + " movements restored");

      var ds = pg.getDatabase("postgres", "bmis_restored");
      Flyway flyway =
          Flyway.configure()
              .dataSource(ds)
              .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
              .javaMigrations(org.openbmis.app.shared.UpgradeFixtureTest.javaMigrations())
              .outOfOrder(true)
              .load();
      flyway.validate();
      assertThat(flyway.info().pending()).isEmpty();
      assertThat(movements(JdbcClient.create(ds))).containsExactlyInAnyOrderElementsOf(before);

      try (ConfigurableApplicationContext node = start(pg, "bmis_restored", "restored")) {
        assertThat(movements(node.getBean(JdbcClient.class)))
            .containsExactlyInAnyOrderElementsOf(before);
        // and it works: a desk records on the restored database
        BackupRestoreIT.cross(new ApiClient(port(node)));
        assertThat(movements(node.getBean(JdbcClient.class))).hasSize(before.size() + 1);
      }
    }
  }

  /** A restore into a database that is not empty is refused and changes nothing. */
  @Test
  void aRestoreIntoADatabaseThatIsNotEmptyIsRefused() throws Exception {
    requireTools();
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setPgBinaryResolver((system, hardware) -> postgresql15())
            .start()) {
      JdbcClient server = JdbcClient.create(pg.getPostgresDatabase());
      server.sql("create database bmis_small").update();
      server.sql("create database bmis_busy").update();
      JdbcClient small = JdbcClient.create(pg.getDatabase("postgres", "bmis_small"));
      small.sql("create table mov_movement (id uuid primary key)").update();
      small.sql("insert into mov_movement values (gen_random_uuid())").update();
      JdbcClient busy = JdbcClient.create(pg.getDatabase("postgres", "bmis_busy"));
      busy.sql("create table mov_movement (id uuid primary key)").update();

      Files.createDirectories(HOME.resolve("small"));
      String out = run("pg-backup.sh", url(pg, "bmis_small"), HOME.resolve("small").toString());
      Path dump = Path.of(out.strip().lines().reduce((a, b) -> b).orElseThrow());

      Result r =
          exec(SCRIPTS.resolve("pg-restore.sh").toString(), dump.toString(), url(pg, "bmis_busy"));
      assertThat(r.code()).as(r.output()).isEqualTo(3);
      assertThat(r.output()).contains("is not empty (1 tables in schema public)");
      assertThat(busy.sql("select count(*) from mov_movement").query(Long.class).single()).isZero();
    }
  }

  private static ConfigurableApplicationContext start(EmbeddedPostgres pg, String db, String name) {
    return new SpringApplicationBuilder(OpenBmisApplication.class, TestAccounts.class)
        .profiles("test")
        .run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:postgresql://localhost:" + pg.getPort() + "/" + db,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--bmis.data-folder=" + HOME.resolve(name + "-data"));
  }

  private static int port(ConfigurableApplicationContext node) {
    return Integer.parseInt(node.getEnvironment().getProperty("local.server.port", "0"));
  }

  private static String url(EmbeddedPostgres pg, String db) {
    return "postgresql://postgres@localhost:" + pg.getPort() + "/" + db;
  }

  private static List<String> movements(JdbcClient jdbc) {
    return jdbc.sql("select cast(id as varchar(36)) from mov_movement").query(String.class).list();
  }

  private static ByteArrayInputStream postgresql15() throws IOException {
    try (ZipFile jar = new ZipFile(BINARIES.toFile())) {
      var entry = jar.getEntry("postgres-linux-x86_64.txz");
      return new ByteArrayInputStream(jar.getInputStream(entry).readAllBytes());
    }
  }

  /** Runs one of the scripts; it must succeed. Its output (stdout and stderr). */
  private static String run(String script, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(SCRIPTS.resolve(script).toString()));
    command.addAll(List.of(args));
    Result r = exec(command.toArray(String[]::new));
    assertThat(r.code()).as(script + ":\n" + r.output()).isZero();
    return r.output();
  }

  record Result(int code, String output) {}

  private static Result exec(String... command) throws Exception {
    List<String> withBash = new ArrayList<>(List.of("bash"));
    withBash.addAll(List.of(command));
    Process p = new ProcessBuilder(withBash).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private static void requireTools() throws Exception {
    String missing = missingTools();
    if (missing != null && System.getenv("CI") != null) {
      throw new AssertionError(missing + " (on CI this test must run: see .ci/run)");
    }
    assumeThat(missing).as(missing == null ? "" : missing).isNull();
  }

  /** Why the test cannot run here, or null. */
  private static String missingTools() throws Exception {
    if (!"Linux".equals(System.getProperty("os.name"))
        || !"amd64".equals(System.getProperty("os.arch"))) {
      return "PgBackupRestoreIT runs on Linux amd64 only (PostgreSQL 15 binaries)";
    }
    if (!Files.isRegularFile(BINARIES)) {
      return "no " + BINARIES + ": run through Maven (the build copies PostgreSQL 15 there)";
    }
    for (String tool : List.of("pg_dump", "pg_restore", "psql")) {
      Result r = exec("-c", tool + " --version");
      if (r.code() != 0) {
        return "no " + tool + " on the PATH: install postgresql-client (Debian 12: PostgreSQL 15)";
      }
      var major = r.output().replaceAll("(?s).*?\\) (\\d+).*", "$1").strip();
      if (!major.matches("\\d+") || Integer.parseInt(major) < 15) {
        return tool + " is older than the PostgreSQL 15 this test backs up: " + r.output().strip();
      }
    }
    return null;
  }
}
