package org.openbmis.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files hold together: the compose file for headquarters parses and wires the
 * application to PostgreSQL with its secrets required, the post's systemd unit names the documented
 * paths (and passes {@code systemd-analyze verify} where it exists), and the install script is
 * valid bash that, run into a scratch root, lays out the folders and keys as documented and keeps
 * the keys on a second run (an upgrade).
 */
class DeploymentFilesTest {

  private static final Path DEPLOY = Path.of("..", "deploy");

  @Test
  @SuppressWarnings("unchecked")
  void theComposeFileRunsTheApplicationOnPostgresql() throws IOException {
    Map<String, Object> compose;
    try (var in = Files.newInputStream(DEPLOY.resolve("compose/compose.yaml"))) {
      compose = new Yaml().load(in);
    }
    var services = (Map<String, Map<String, Object>>) compose.get("services");
    assertThat(services).containsKeys("postgres", "openbmis");
    assertThat((String) services.get("postgres").get("image")).startsWith("postgres:");
    Map<String, Object> app = services.get("openbmis");
    var env = (Map<String, Object>) app.get("environment");
    assertThat(env)
        .containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
        .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/openbmis");
    // no default password and no default second-factor key: compose refuses to start without them
    assertThat((String) env.get("BMIS_DB_PASSWORD")).contains(":?");
    assertThat((String) env.get("BMIS_SECOND_FACTOR_KEY")).contains(":?");
    var dependsOn = (Map<String, Map<String, String>>) app.get("depends_on");
    assertThat(dependsOn.get("postgres")).containsEntry("condition", "service_healthy");
    assertThat((List<String>) app.get("volumes")).contains("data:/var/lib/openbmis");
    assertThat(((Map<String, Object>) app.get("healthcheck")).get("test").toString())
        .contains("/actuator/health/readiness");
    assertThat((Map<String, Object>) compose.get("volumes")).containsKeys("pgdata", "data", "logs");
    // the volumes are given to user 10001 by the application's own image, before it starts: a
    // volume chowned by another image first is copied over with the image's root-owned folder
    // (found running the file by hand: the node could not write its data folder)
    Map<String, Object> owner = services.get("volumes-owner");
    assertThat(owner.get("image")).isEqualTo(app.get("image"));
    assertThat(owner.get("user")).isEqualTo("0:0");
    assertThat((List<String>) owner.get("entrypoint"))
        .containsExactly("chown", "-R", "10001:10001", "/var/lib/openbmis", "/var/log/openbmis");
    assertThat(dependsOn.get("volumes-owner"))
        .containsEntry("condition", "service_completed_successfully");
    // Debian 12's docker-compose 1.29 refuses a top-level "name": the project name is in .env
    assertThat(compose).containsOnlyKeys("services", "volumes");
    assertThat(Files.readString(DEPLOY.resolve("compose/.env.example")))
        .contains("COMPOSE_PROJECT_NAME=openbmis");
  }

  @Test
  void theUnitRunsTheJarAsItsOwnUserWithTheDocumentedPaths() throws Exception {
    Path unit = DEPLOY.resolve("post/openbmis.service");
    List<String> lines = Files.readAllLines(unit, StandardCharsets.UTF_8);
    assertThat(lines)
        .contains(
            "[Service]",
            "User=openbmis",
            "WorkingDirectory=/var/lib/openbmis",
            "EnvironmentFile=/etc/openbmis/openbmis.env",
            "ReadWritePaths=/var/lib/openbmis /var/log/openbmis",
            "WantedBy=multi-user.target");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("ExecStart="))
        .singleElement()
        .asString()
        .contains("-jar /opt/openbmis/bmis-app.jar")
        .contains("--logging.file.name=/var/log/openbmis/openbmis.log")
        .contains("max-history=30");
    Path analyze = Path.of("/usr/bin/systemd-analyze");
    if (Files.isExecutable(analyze)) {
      Result r = run(List.of(analyze.toString(), "verify", unit.toAbsolutePath().toString()));
      assertThat(r.exit()).as(r.output()).isZero();
      assertThat(r.output()).doesNotContainIgnoringCase("unknown");
    }
  }

  @Test
  void theInstallScriptLaysOutThePostAndKeepsItsKeysOnUpgrade(@TempDir Path tmp) throws Exception {
    Path script = DEPLOY.resolve("post/install.sh").toAbsolutePath();
    assertThat(run(List.of("bash", "-n", script.toString())).exit()).isZero();
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl makes the keys: not installed");
    Path jar = Files.writeString(tmp.resolve("bmis-app.jar"), "not really a jar");
    Path root = tmp.resolve("root");
    Result first =
        run(List.of("bash", script.toString(), "--jar", jar.toString(), "--root", root.toString()));
    assertThat(first.exit()).as(first.output()).isZero();
    assertThat(root.resolve("opt/openbmis/bmis-app.jar")).hasContent("not really a jar");
    assertThat(root.resolve("etc/systemd/system/openbmis.service")).exists();
    assertThat(Files.isExecutable(root.resolve("opt/openbmis/backup.sh"))).isTrue();
    assertThat(Files.isExecutable(root.resolve("opt/openbmis/restore.sh"))).isTrue();
    assertThat(mode(root.resolve("var/lib/openbmis"))).isEqualTo("rwxr-x---");
    assertThat(mode(root.resolve("var/log/openbmis"))).isEqualTo("rwxr-x---");
    Path env = root.resolve("etc/openbmis/openbmis.env");
    assertThat(mode(env)).isEqualTo("rw-r-----");
    String keys = Files.readString(env);
    assertThat(keys)
        .containsPattern("(?m)^BMIS_SECOND_FACTOR_KEY=[A-Za-z0-9+/]{43}=$")
        .containsPattern("(?m)^BMIS_BIOMETRICS_KEY=[A-Za-z0-9+/]{43}=$");

    Files.writeString(jar, "the next release");
    Result again =
        run(List.of("bash", script.toString(), "--jar", jar.toString(), "--root", root.toString()));
    assertThat(again.exit()).as(again.output()).isZero();
    assertThat(root.resolve("opt/openbmis/bmis-app.jar")).hasContent("the next release");
    assertThat(Files.readString(env)).as("keys kept on upgrade").isEqualTo(keys);

    Result noJar =
        run(List.of("bash", script.toString(), "--jar", tmp.resolve("missing").toString()));
    assertThat(noJar.exit()).isEqualTo(2);
    assertThat(noJar.output()).contains("no such jar");
  }

  @Test
  void everyScriptIsValidBash() throws Exception {
    List<Path> scripts;
    try (var files = Files.walk(DEPLOY)) {
      scripts = files.filter(f -> f.toString().endsWith(".sh")).toList();
    }
    assertThat(scripts).hasSizeGreaterThanOrEqualTo(5);
    for (Path script : scripts) {
      Result r = run(List.of("bash", "-n", script.toString()));
      assertThat(r.exit()).as(script + ": " + r.output()).isZero();
      assertThat(Files.isExecutable(script)).as(script + " is executable").isTrue();
    }
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  record Result(int exit, String output) {}

  static Result run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
  }
}
