package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbmis.app.Passports;
import tools.jackson.databind.JsonNode;

/**
 * The border network as separate processes on loopback (the built jar): central with demo data and
 * one post in its own folder and port. Proves enrolment, the demo's reference data reaching the
 * post by signed down-sync (and an account created at central signing in there within a minute),
 * signed and compressed upload, exactly-once delivery across central's outage and a SIGKILL of the
 * post right after the officer was told "recorded", and revocation. Run time: about two minutes on
 * two cores.
 */
class NetworkProcessIT {

  private static final Duration START = Duration.ofSeconds(150);
  private static final Duration SYNC = Duration.ofSeconds(60);
  private static final java.util.concurrent.atomic.AtomicInteger RECORDED =
      new java.util.concurrent.atomic.AtomicInteger();

  private static Path root;
  private static NodeProcess central;
  private static NodeProcess post;
  private static String postId;
  private static ZoneId postZone;

  @BeforeAll
  static void startNetwork() throws Exception {
    assumeTrue(Files.exists(NodeProcess.JAR), "no built jar (run mvn package first)");
    root = Files.createTempDirectory(Path.of("target"), "network-it-");
    central =
        new NodeProcess(
            "central",
            root.resolve("central"),
            NodeProcess.freePort(),
            List.of(
                "--demo",
                "--bmis.node.role=central",
                "--bmis.demo.travellers=30",
                "--bmis.demo.movements=60"));
    central.start();
    JsonNode me = central.await("officer", "/api/v1/me", r -> r.status() == 200, START).json();
    postId = me.get("postId").asString();
    for (JsonNode p : central.get("admin", "/api/v1/admin/posts").json()) {
      if (p.get("id").asString().equals(postId)) {
        postZone = ZoneId.of(p.get("timeZone").asString());
      }
    }
    var code =
        central.post("admin", "/api/v1/admin/posts/" + postId + "/enrolment-codes", Map.of());
    assertThat(code.status()).isEqualTo(201);
    assertThat(code.json().get("expiresAt").asString()).isNotBlank();
    post =
        new NodeProcess(
            "post",
            root.resolve("post"),
            NodeProcess.freePort(),
            List.of(
                "--spring.profiles.active=demo",
                "--bmis.node.role=post",
                "--bmis.sync.central-url=" + central.url(),
                "--bmis.sync.enrolment-code=" + code.json().get("code").asString(),
                "--bmis.sync.upload-every=1s"));
    post.start();
    // the officer's account reached the post at enrolment (with its password hash)
    post.await("officer", "/api/v1/sync/status", r -> r.status() == 200, START);
  }

  @AfterAll
  static void stop() throws Exception {
    if (post != null) {
      post.close();
    }
    if (central != null) {
      central.close();
    }
  }

  @Test
  void movementsReachCentralExactlyOnceThroughOutagesAndKills() throws Exception {
    assertThat(Files.exists(root.resolve("post/data/sync/post-key.jwk")))
        .as("the post keeps its private key in its own folder")
        .isTrue();
    // the post's first pull after enrolment may still be under way: wait for the users dataset
    JsonNode status =
        post.await(
                "officer",
                "/api/v1/sync/status",
                r -> r.json().get("datasets").toString().contains("\"users\""),
                SYNC)
            .json();
    assertThat(status.get("role").asString()).isEqualTo("post");
    assertThat(status.get("postId").asString()).isEqualTo(postId);
    referenceDataComesDown(status);

    // online: recorded at the post, listed at central under the same id
    String first = record();
    awaitAtCentralOnce(first);
    post.await("officer", "/api/v1/sync/status", r -> r.json().get("linkUp").asBoolean(), SYNC);

    // central down: the post goes on recording; the movement waits in the outbox
    central.kill();
    String whileDown = record();
    JsonNode down =
        post.await("officer", "/api/v1/sync/status", r -> !r.json().get("linkUp").asBoolean(), SYNC)
            .json();
    assertThat(down.get("outbox").get("pending").asLong()).isGreaterThanOrEqualTo(1);
    central.start();
    central.await("admin", "/api/v1/sync/status", r -> r.status() == 200, START);
    awaitAtCentralOnce(whileDown);
    post.await(
        "officer",
        "/api/v1/sync/status",
        r -> r.json().get("outbox").get("pending").asLong() == 0,
        SYNC);

    // the post killed with SIGKILL right after the officer was told "recorded"
    List<String> acknowledged = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      acknowledged.add(record());
    }
    post.kill();
    post.start();
    post.await("officer", "/api/v1/sync/status", r -> r.status() == 200, START);
    for (String id : acknowledged) {
      awaitAtCentralOnce(id);
    }
    JsonNode centralStatus = central.get("admin", "/api/v1/sync/status").json();
    assertThat(centralStatus.get("role").asString()).isEqualTo("central");
    assertThat(centralStatus.get("posts").get(0).get("postId").asString()).isEqualTo(postId);
    assertThat(centralStatus.get("posts").get(0).get("lastSequence").asLong())
        .isGreaterThanOrEqualTo(6);

    // revoked: the post's calls are refused, what it records stays in its outbox
    var revoked = central.post("admin", "/api/v1/admin/posts/" + postId + "/revocation", Map.of());
    assertThat(revoked.status()).isEqualTo(204);
    String afterRevocation = record();
    post.await("officer", "/api/v1/sync/status", r -> !r.json().get("linkUp").asBoolean(), SYNC);
    Thread.sleep(3000);
    var log = central.get("admin", "/api/v1/movements?post=" + postId + "&date=" + today());
    assertThat(log.status()).as(log.body()).isEqualTo(200);
    assertThat(log.body()).contains(acknowledged.get(0)).doesNotContain(afterRevocation);
    // the movement waits with the audit entries of its recording and of the refused calls (ADR
    // 0025: they go up through the same outbox)
    assertThat(
            post.get("officer", "/api/v1/sync/status").json().get("outbox").get("pending").asLong())
        .isGreaterThanOrEqualTo(1);
  }

  /**
   * The demo's users, lists and entry rules reached the post as snapshots right after enrolment
   * (the post seeds none of its own); an account created at central then signs in at the post
   * within a minute.
   */
  private static void referenceDataComesDown(JsonNode first) throws Exception {
    // central seeds its demo in the background: its national list may come after the bootstrap
    JsonNode status =
        post.await(
                "officer",
                "/api/v1/sync/status",
                r -> r.json().get("datasets").toString().contains("\"alerts.UTO-NAT\""),
                SYNC)
            .json();
    assertThat(status.get("datasets").toString())
        .contains("\"users\"", "\"alert-lists\"", "\"entry-rules\"");
    assertThat(first.get("datasets").toString()).contains("\"users\"");
    String username = "net.officer" + (System.nanoTime() % 100_000);
    String password = "Baobab-Network-" + System.nanoTime() % 1000;
    var created =
        central.post(
            "admin",
            "/api/v1/admin/users",
            Map.of(
                "username", username,
                "fullName", "Network Officer",
                "roles", List.of("OFFICER"),
                "postId", postId,
                "password", password));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    java.time.Instant start = java.time.Instant.now();
    // polled with the status (a signed-in officer), not with the new account: failed sign-ins
    // are throttled
    post.await(
        "officer",
        "/api/v1/sync/status",
        r -> versionOf(r.json(), "users") > versionOf(status, "users"),
        SYNC);
    assertThat(post.get(username, password, "/api/v1/me").status()).isEqualTo(200);
    assertThat(Duration.between(start, java.time.Instant.now())).isLessThan(SYNC);
  }

  private static long versionOf(JsonNode status, String dataset) {
    for (JsonNode d : status.get("datasets")) {
      if (d.get("name").asString().equals(dataset)) {
        return d.get("version").asLong();
      }
    }
    return -1;
  }

  /** An entry of a national at the officer's arrivals desk; returns the movement's id. */
  private static String record() throws Exception {
    String mrz =
        Passports.td3(
            "UTO",
            Passports.nextNumber(),
            "Oduya",
            "Test " + (char) ('A' + RECORDED.get() % 26),
            LocalDate.of(1970, 1, 1).plusDays(RECORDED.incrementAndGet()),
            LocalDate.now().plusYears(5));
    var inspection = post.post("officer", "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
    String id = inspection.json().get("id").asString();
    var decision =
        post.post(
            "officer",
            "/api/v1/inspections/" + id + "/decision",
            Map.of("decision", "ADMITTED", "purpose", "TOURISM", "transportMode", "AIR"));
    assertThat(decision.status()).as(decision.body()).isEqualTo(201);
    return decision.json().get("movementId").asString();
  }

  private static LocalDate today() {
    return ZonedDateTime.now(postZone).toLocalDate();
  }

  /** The movement appears in central's daily log of the post, once, under the post's id. */
  private static void awaitAtCentralOnce(String movementId) throws Exception {
    var log =
        central.await(
            "admin",
            "/api/v1/movements?post=" + postId + "&date=" + today(),
            r -> r.status() == 200 && r.body().contains(movementId),
            SYNC);
    long times = 0;
    String travellerId = null;
    for (JsonNode m : log.json()) {
      if (m.get("id").asString().equals(movementId)) {
        times++;
        travellerId = m.get("travellerId").asString();
      }
    }
    assertThat(times).as("movement %s at central", movementId).isEqualTo(1);
    var history = central.get("admin", "/api/v1/travellers/" + travellerId + "/movements");
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.body()).contains(movementId);
  }
}
