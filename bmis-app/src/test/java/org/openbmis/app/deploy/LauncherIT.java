package org.openbmis.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's start command: {@code ./openbmis} at the top of the repository starts the node the
 * build prepared (the extracted jar with its class data archive, made by {@code mvn package}) in
 * the current folder, which then answers, keeps its data in that folder, and stops on SIGTERM.
 */
class LauncherIT {

  private static final Path SCRIPT = Path.of("..", "openbmis").toAbsolutePath().normalize();
  private static final Path ARCHIVE = Path.of("target", "launch", "openbmis.jsa");

  @Test
  void theStartScriptRunsTheNodeInTheCurrentFolderWithTheBuildsClassArchive(@TempDir Path folder)
      throws Exception {
    assertThat(Files.isExecutable(SCRIPT)).as("%s is executable", SCRIPT).isTrue();
    assertThat(ARCHIVE)
        .as("mvn package prepares the class data archive (src/launch/prepare-launch.sh)")
        .isNotEmptyFile();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process node =
        new ProcessBuilder(SCRIPT.toString(), "--server.port=" + port, "--server.address=127.0.0.1")
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("node.log").toFile())
            .start();
    try {
      String health = awaitHealth(node, port, folder);
      assertThat(health).contains("\"UP\"");
      // exec: the script's process is the JVM, started on the extracted jar with the archive
      String command = node.info().commandLine().orElse("");
      assertThat(command)
          .contains("-XX:SharedArchiveFile=")
          .contains("openbmis.jsa")
          .contains("launch/bmis-app.jar");
      assertThat(folder.resolve("data")).as("the node's data folder").isDirectory();
      assertThat(Files.list(folder.resolve("data")).map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("openbmis") && name.endsWith(".mv.db"));
    } finally {
      node.destroy();
      if (!node.waitFor(60, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    }
    assertThat(Files.readString(folder.resolve("node.log"), StandardCharsets.UTF_8))
        .as("no class data warning in the node's output")
        .doesNotContain("[cds]");
  }

  private static String awaitHealth(Process node, int port, Path folder) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!node.isAlive()) {
        throw new IllegalStateException(
            "the node stopped at start:\n" + Files.readString(folder.resolve("node.log")));
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return r.body();
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "no answer in 180 s:\n" + Files.readString(folder.resolve("node.log")));
  }
}
