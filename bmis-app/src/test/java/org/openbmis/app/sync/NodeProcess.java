package org.openbmis.app.sync;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One OpenBMIS node as a separate operating-system process (the built jar) in its own working
 * folder and port, for the network tests: started, called over HTTP, killed with SIGKILL.
 */
final class NodeProcess implements AutoCloseable {

  static final Path JAR = Path.of("target", "bmis-app.jar");
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Response(int status, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  final String name;
  final Path folder;
  final int port;
  private final List<String> args;
  private @Nullable Process process;

  NodeProcess(String name, Path folder, int port, List<String> args) {
    this.name = name;
    this.folder = folder;
    this.port = port;
    this.args = args;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  NodeProcess start(String... extra) throws IOException {
    Files.createDirectories(folder);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx384m");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-jar");
    cmd.add(JAR.toAbsolutePath().toString());
    cmd.add("--server.port=" + port);
    cmd.add("--server.address=127.0.0.1");
    cmd.addAll(args);
    cmd.addAll(List.of(extra));
    process =
        new ProcessBuilder(cmd)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("node.log").toFile()))
            .start();
    return this;
  }

  /** SIGKILL: no shutdown hook, no flush, like a power cut of the application. */
  void kill() throws InterruptedException {
    Process p = process;
    if (p != null) {
      p.destroyForcibly();
      p.waitFor();
      process = null;
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  Response get(String user, String path) throws IOException, InterruptedException {
    return call(user, HttpRequest.newBuilder(URI.create(url() + path)).GET());
  }

  /** A GET as a user whose password is not the demo's. */
  Response get(String user, String password, String path) throws IOException, InterruptedException {
    return call(user, password, HttpRequest.newBuilder(URI.create(url() + path)).GET());
  }

  Response post(String user, String path, Object body) throws IOException, InterruptedException {
    return call(
        user,
        HttpRequest.newBuilder(URI.create(url() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  private Response call(String user, HttpRequest.Builder b)
      throws IOException, InterruptedException {
    return call(user, "demo", b);
  }

  private Response call(String user, String password, HttpRequest.Builder b)
      throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        HTTP.send(
            b.header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.body());
  }

  /** Polls a GET until the answer satisfies the condition; fails with the last answer. */
  Response await(String user, String path, Predicate<Response> ok, Duration within)
      throws InterruptedException, IOException {
    Instant end = Instant.now().plus(within);
    Response last = new Response(0, "no answer");
    while (Instant.now().isBefore(end)) {
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException(name + " stopped: see " + folder.resolve("node.log"));
      }
      try {
        last = get(user, path);
        if (ok.test(last)) {
          return last;
        }
      } catch (IOException e) {
        last = new Response(0, e.toString());
      }
      Thread.sleep(300);
    }
    throw new AssertionError(name + " " + path + " never as expected; last: " + last);
  }
}
