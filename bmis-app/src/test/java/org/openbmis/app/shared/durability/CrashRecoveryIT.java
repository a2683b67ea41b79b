package org.openbmis.app.shared.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbmis.app.Passports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The finding "acknowledged movements are lost on a crash": eight API clients record entries, the
 * node is killed with SIGKILL at a random moment, twice, and started again on the same H2 file.
 * Every movement that was answered 201 must be in its traveller's history exactly once.
 */
class CrashRecoveryIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int CLIENTS = 8;

  private record Acknowledged(String movementId, String travellerId) {}

  @TempDir Path folder;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void everyMovementAcknowledgedBeforeASigkillIsInTheHistoryOnceAfterTheRestart() throws Exception {
    assumeTrue(
        Files.exists(NodeProcess.JAR),
        "target/bmis-app.jar is missing: run the integration tests with mvn verify");
    NodeProcess node = new NodeProcess(folder);
    List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
    try {
      for (int round = 0; round < 2; round++) {
        node.start();
        recordUntilKilled(node, token(node), acknowledged);
      }
      node.start();
      String token = token(node);
      // The load really ran: at least 40 crossings were acknowledged before each kill.
      assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(80);
      List<String> problems = new ArrayList<>();
      for (Acknowledged a : acknowledged) {
        HttpResponse<String> r =
            send(node, token, "GET", "/api/v1/travellers/" + a.travellerId() + "/movements", null);
        if (r.statusCode() != 200) {
          problems.add("traveller of movement " + a.movementId() + ": " + r.statusCode());
          continue;
        }
        long times = 0;
        for (JsonNode m : JSON.readTree(r.body())) {
          times += m.get("id").asString().equals(a.movementId()) ? 1 : 0;
        }
        if (times != 1) {
          problems.add("movement " + a.movementId() + " found " + times + " times");
        }
      }
      assertThat(problems).as("acknowledged movements after two SIGKILLs").isEmpty();
    } finally {
      node.kill();
    }
  }

  /** Eight desks record entries until the node is killed, 40 to 120 crossings into the load. */
  private void recordUntilKilled(NodeProcess node, String token, List<Acknowledged> acknowledged)
      throws Exception {
    AtomicBoolean killed = new AtomicBoolean();
    List<Thread> desks = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      Thread desk =
          new Thread(
              () -> {
                while (!killed.get()) {
                  try {
                    recordOne(node, token, acknowledged);
                  } catch (Exception inFlightAtTheKill) {
                    // not acknowledged: the client never got its 201
                  }
                }
              });
      desk.start();
      desks.add(desk);
    }
    // Kill at a random point of a load that is surely under way, however fast the machine.
    int target = acknowledged.size() + ThreadLocalRandom.current().nextInt(40, 120);
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (acknowledged.size() < target && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(ThreadLocalRandom.current().nextLong(0, 200));
    node.kill();
    killed.set(true);
    for (Thread desk : desks) {
      desk.join();
    }
  }

  private void recordOne(NodeProcess node, String token, List<Acknowledged> acknowledged)
      throws Exception {
    String mrz = Passports.kenyan(Passports.nextNumber(), "KIPLAGAT", "WANJIRU");
    HttpResponse<String> inspection =
        send(
            node,
            token,
            "POST",
            "/api/v1/inspections",
            JSON.writeValueAsString(Map.of("mrz", mrz)));
    if (inspection.statusCode() != 201) {
      return;
    }
    String id = JSON.readTree(inspection.body()).get("id").asString();
    HttpResponse<String> decision =
        send(
            node,
            token,
            "POST",
            "/api/v1/inspections/" + id + "/decision",
            "{\"decision\":\"ADMITTED\",\"purpose\":\"TOURISM\",\"transportMode\":\"AIR\"}");
    if (decision.statusCode() == 201) {
      JsonNode d = JSON.readTree(decision.body());
      acknowledged.add(
          new Acknowledged(d.get("movementId").asString(), d.get("travellerId").asString()));
    }
  }

  private String token(NodeProcess node) throws Exception {
    String basic =
        Base64.getEncoder().encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(node.url() + "/api/v1/me/tokens"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crash-test\",\"days\":1}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("token").asString();
  }

  private HttpResponse<String> send(
      NodeProcess node, String token, String method, String path, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(node.url() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body == null) {
      b.GET();
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
