package org.openbmis.app.shared.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application ({@code target/bmis-app.jar}) run as a separate process on an H2 file in
 * a folder of its own, so that a test can kill it with SIGKILL and start it again on the same file,
 * as a power supply or an operator would.
 */
final class NodeProcess {

  static final Path JAR = Path.of("target", "bmis-app.jar");

  private final Path folder;
  private final int port;
  private final List<String> extraArgs;
  private Process process;

  NodeProcess(Path folder, String... extraArgs) throws IOException {
    this.folder = folder;
    this.extraArgs = List.of(extraArgs);
    try (ServerSocket s = new ServerSocket(0)) {
      this.port = s.getLocalPort();
    }
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts the node (demo mode, a small demo data set) and waits until it answers. */
  void start() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar"));
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(
        List.of(
            "--demo",
            "--server.port=" + port,
            "--server.address=127.0.0.1",
            "--bmis.demo.travellers=40",
            "--bmis.demo.movements=200",
            "--spring.datasource.url=jdbc:h2:file:"
                + folder.resolve("db").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0"));
    command.addAll(extraArgs);
    process =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("node.log").toFile()))
            .start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the node stopped at start:\n" + logTail());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the node did not start in 180 s:\n" + logTail());
  }

  /** SIGKILL: the process gets no chance to write, close or flush anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(folder.resolve("node.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
