package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbmis.app.Passports;
import tools.jackson.databind.JsonNode;

/**
 * Headquarters scaled out (ADR 0027): two central processes (the built jar) on one embedded
 * PostgreSQL, as behind a load balancer. A list change made through node A is a hit at node B's
 * desk within seconds; movements recorded at both are counted once; the daily head signing, due at
 * the same moment in both, runs in one. About two minutes on two cores.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CentralScaleOutIT {

  private static final Duration START = Duration.ofSeconds(180);

  /** Both processes read the versions every second here (default 2 s). */
  private static final Duration FRESH = Duration.ofSeconds(10);

  private static EmbeddedPostgres pg;
  private static NodeProcess a;
  private static NodeProcess b;
  private static Instant started;
  private static LocalTime signAt;
  private static Instant bothUp;

  @BeforeAll
  static void startTwoCentralProcesses() throws Exception {
    assumeTrue(Files.exists(NodeProcess.JAR), "no built jar (run mvn package first)");
    started = Instant.now();
    // both processes sign the audit chain's head at this time; they are up well before it
    signAt = LocalTime.ofInstant(started.plusSeconds(150), ZoneOffset.UTC).withNano(0);
    pg = EmbeddedPostgres.builder().start();
    Path root = Files.createTempDirectory(Path.of("target"), "scale-out-it-");
    a = node("node-a", root).start();
    a.await("officer", "/api/v1/me", r -> r.status() == 200, START);
    // A has seeded posts and users before it answers; B starts while A seeds the rest (a demo
    // step B repeats at the same time may fail in one of them: this test creates its own data)
    b = node("node-b", root).start();
    b.await("officer", "/api/v1/me", r -> r.status() == 200, START);
    bothUp = Instant.now();
  }

  private static NodeProcess node(String name, Path root) throws Exception {
    return new NodeProcess(
        name,
        root.resolve(name),
        NodeProcess.freePort(),
        List.of(
            "--demo",
            "--bmis.node.role=central",
            "--bmis.demo.travellers=10",
            "--bmis.demo.movements=20",
            "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--spring.datasource.hikari.maximum-pool-size=4",
            "--bmis.cluster.node-name=" + name,
            "--bmis.cluster.refresh-every-millis=1000",
            "--bmis.audit.sign-at=" + signAt.format(DateTimeFormatter.ISO_LOCAL_TIME)));
  }

  @AfterAll
  static void stop() throws Exception {
    for (NodeProcess n : new NodeProcess[] {b, a}) {
      if (n != null) {
        n.close();
      }
    }
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  @Order(1)
  void anAlertApprovedThroughNodeAIsAHitAtNodeBsDeskWithinSeconds() throws Exception {
    String surname = "Mwangimu" + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
    String mrz =
        Passports.td3(
            "KEN",
            Passports.nextNumber(),
            surname,
            "Wanjiru",
            LocalDate.of(1985, 3, 14),
            LocalDate.now().plusYears(5));
    Map<String, String> query =
        Map.of(
            "primaryIdentifier",
            surname.toUpperCase(java.util.Locale.ROOT),
            "secondaryIdentifier",
            "WANJIRU",
            "dateOfBirth",
            "1985-03-14",
            "nationality",
            "KEN");
    // B has screened this traveller before the list exists: its index is built and warm
    var before = b.post("officer", "/api/v1/screening/check", query);
    assertThat(before.status()).as(before.body()).isEqualTo(200);

    String asked = "SCALE-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    var list =
        a.post(
            "admin",
            "/api/v1/alert-lists",
            Map.of(
                "code", asked,
                "name", "Scale-out list",
                "kind", "PERSON",
                "defaultAction", "REFER_TO_SECONDARY",
                "threshold", 0.85));
    assertThat(list.status()).as(list.body()).isEqualTo(201);
    String code = list.json().get("code").asString();
    var proposed =
        a.post(
            "supervisor",
            "/api/v1/alert-lists/" + code + "/alerts",
            Map.of(
                "primaryName",
                surname,
                "givenNames",
                "Wanjiru",
                "datesOfBirth",
                List.of("1985"),
                "nationalities",
                List.of("KEN"),
                "reason",
                "wanted for fraud",
                "issuingAgency",
                "Police"));
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(202);
    var approved =
        a.post(
            "admin",
            "/api/v1/alert-changes/" + proposed.json().get("id").asString() + "/decision",
            Map.of("approve", true, "reason", "checked"));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    Instant inForce = Instant.now();
    assertThat(before.body()).doesNotContain(code);

    // B learns of the new list version by itself (no event reaches it from A)
    Instant end = inForce.plus(FRESH);
    NodeProcess.Response check = b.post("officer", "/api/v1/screening/check", query);
    while (!check.body().contains(code) && Instant.now().isBefore(end)) {
      Thread.sleep(250);
      check = b.post("officer", "/api/v1/screening/check", query);
    }
    assertThat(check.body()).as("B's screening %s after the approval at A", FRESH).contains(code);
    // and the desk's scan at B shows the hit
    var inspection = b.post("officer", "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
    assertThat(inspection.body()).contains(code);
  }

  @Test
  @Order(2)
  void anAccountChangedThroughNodeAIsInForceAtNodeBWithinSeconds() throws Exception {
    String postId = a.get("officer", "/api/v1/me").json().get("postId").asString();
    String username = "scale.officer" + System.nanoTime() % 100_000;
    String password = "Baobab-Central-" + System.nanoTime() % 1000;
    var created =
        a.post(
            "admin",
            "/api/v1/admin/users",
            Map.of(
                "username", username,
                "fullName", "Central Officer",
                "roles", List.of("OFFICER"),
                "postId", postId,
                "password", password));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    // B signs the account in and keeps its principal (for 30 s without a change)
    var me = b.get(username, password, "/api/v1/me");
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.body()).contains("OFFICER").doesNotContain("SUPERVISOR");
    var changed =
        put(
            a,
            "admin",
            "/api/v1/admin/users/" + created.json().get("user").get("id").asString() + "/access",
            Map.of("roles", List.of("SUPERVISOR"), "postId", postId));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    Instant end = Instant.now().plus(FRESH);
    while (!me.body().contains("SUPERVISOR") && Instant.now().isBefore(end)) {
      Thread.sleep(250);
      me = b.get(username, password, "/api/v1/me");
    }
    assertThat(me.body())
        .as("B's principal %s after the change at A", FRESH)
        .contains("SUPERVISOR");
  }

  @Test
  @Order(3)
  void movementsRecordedAtBothProcessesAreCountedOnce() throws Exception {
    // A's demo seeding ends with a statistics rebuild (counting waits while one runs)
    awaitLog(a, "Demo ready", START);
    // the post's own date may be a day ahead of UTC's
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String range =
        "/api/v1/statistics/movements?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    long before = total(a.get("analyst", range));
    assertThat(total(b.get("analyst", range))).isEqualTo(before);
    for (int i = 0; i < 3; i++) {
      record(a);
    }
    for (int i = 0; i < 2; i++) {
      record(b);
    }
    // each process's timer counts, and a query counts what is queued first: never twice
    Thread.sleep(3000);
    assertThat(total(a.get("analyst", range))).isEqualTo(before + 5);
    assertThat(total(b.get("analyst", range))).isEqualTo(before + 5);
  }

  @Test
  @Order(4)
  void theHeadSigningDueInBothProcessesRunsInOne() throws Exception {
    Instant due = LocalDate.now(ZoneOffset.UTC).atTime(signAt).toInstant(ZoneOffset.UTC);
    if (due.isBefore(started)) {
      due = due.plus(Duration.ofDays(1));
    }
    assumeTrue(
        bothUp.plusSeconds(5).isBefore(due),
        "the machine was too slow: both processes were not up before the signing time");
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()) + 8000);
    try (Connection c = pg.getPostgresDatabase().getConnection()) {
      // a new database: no other signature
      assertThat(count(c, "select count(*) from shr_audit_signed_head"))
          .as("one signature of the head for the day, not one per process")
          .isEqualTo(1);
      try (ResultSet rs =
          c.createStatement()
              .executeQuery("select locked_by from shedlock where name = 'audit-head-signing'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isIn("node-a", "node-b");
      }
    }
    assertThat(a.get("officer", "/api/v1/me").status()).isEqualTo(200);
    assertThat(b.get("officer", "/api/v1/me").status()).isEqualTo(200);
  }

  private static long count(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long total(NodeProcess.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    long n = 0;
    for (JsonNode row : r.json()) {
      n += row.get("count").asLong();
    }
    return n;
  }

  /** An entry of a national at the officer's arrivals desk, through the given process. */
  private static void record(NodeProcess node) throws Exception {
    String mrz =
        Passports.td3(
            "UTO",
            Passports.nextNumber(),
            "Kamau",
            "Baraka " + (char) ('A' + ThreadLocalRandom.current().nextInt(26)),
            LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(10_000)),
            LocalDate.now().plusYears(5));
    var inspection = node.post("officer", "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
    var decision =
        node.post(
            "officer",
            "/api/v1/inspections/" + inspection.json().get("id").asString() + "/decision",
            Map.of("decision", "ADMITTED", "purpose", "TOURISM", "transportMode", "AIR"));
    assertThat(decision.status()).as(decision.body()).isEqualTo(201);
  }

  private static void awaitLog(NodeProcess node, String line, Duration within) throws Exception {
    Path log = node.folder.resolve("node.log");
    Instant end = Instant.now().plus(within);
    while (Instant.now().isBefore(end)) {
      if (Files.exists(log) && Files.readString(log).contains(line)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(node.name + " never logged \"" + line + "\"; see " + log);
  }

  /** A PUT as a demo user (NodeProcess has GET and POST). */
  private static NodeProcess.Response put(NodeProcess node, String user, String path, Object body)
      throws Exception {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    var r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.url() + path))
                    .header("Authorization", "Basic " + basic)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .PUT(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            NodeProcess.JSON.writeValueAsString(body)))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    return new NodeProcess.Response(r.statusCode(), r.body());
  }
}
