package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.OpenBmisApplication;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.web.SignedInBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Offline, and honest about it (ADR 0023): central in the test's context, a real post (its own
 * context, its own H2) enrolled through a {@link LinkSwitch} that the test cuts. With the link down
 * and the post's reference data set back (central's last confirmation written 30 h, then 80 h into
 * the past), every inspection carries {@code sync.stale_lists}, then decisions are refused with
 * {@code sync.acknowledgement_required} until a supervisor (not an officer) acknowledges with a
 * reason (audited); with the link back, the data is fresh and the offline movements are at central.
 * Central's posts screen and the navigation follow roles and node roles.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "bmis.node.role=central")
@ActiveProfiles("test")
@Import(TestAccounts.class)
class SyncFreshnessIT {

  static final String ADMIN = TestAccounts.authorization(TestAccounts.ADMIN);
  static final String SUPERVISOR = TestAccounts.authorization(TestAccounts.SUPERVISOR);
  static final Duration MINUTE = Duration.ofSeconds(60);

  static ConfigurableApplicationContext post;
  static LinkSwitch link;
  static int postPort;

  @LocalServerPort int port;
  @Autowired JdbcClient centralJdbc;

  @BeforeEach
  void startPost() throws Exception {
    if (post != null) {
      return;
    }
    var code =
        new ApiClient(port)
            .postAs(
                ADMIN, "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/enrolment-codes", "{}");
    assertThat(code.status()).as(code.body()).isEqualTo(201);
    link = new LinkSwitch(port);
    String id = UUID.randomUUID().toString();
    post =
        new SpringApplicationBuilder(OpenBmisApplication.class)
            .profiles("test")
            .run(
                "--server.port=0",
                "--bmis.node.role=post",
                "--spring.datasource.url=jdbc:h2:mem:post-" + id + ";DB_CLOSE_DELAY=-1",
                "--bmis.sync.central-url=http://127.0.0.1:" + link.port(),
                "--bmis.sync.enrolment-code=" + code.json().get("code").asString(),
                "--bmis.sync.folder=target/test-data/post-" + id + "/sync",
                "--bmis.sync.upload-every=1s",
                "--bmis.sync.pull-every=1s");
    postPort = Integer.parseInt(post.getEnvironment().getProperty("local.server.port", "0"));
    supervisorSetUpAtPost();
  }

  /**
   * Second factors and API tokens stay at central (ADR 0017): the airport's supervisor sets up a
   * second factor and an API token at the post, as at a first sign-in there; the test writes the
   * same ones {@link TestAccounts} gives it at central.
   */
  private static void supervisorSetUpAtPost() throws Exception {
    await(
        () ->
            postJdbc()
                    .sql("select count(*) from adm_user where username = ?")
                    .param(TestAccounts.SUPERVISOR)
                    .query(Long.class)
                    .single()
                == 1,
        MINUTE);
    UUID id =
        postJdbc()
            .sql("select id from adm_user where username = ?")
            .param(TestAccounts.SUPERVISOR)
            .query(UUID.class)
            .single();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    postJdbc()
        .sql(
            "insert into adm_second_factor (user_id, secret, confirmed, last_step, created_at,"
                + " confirmed_at) values (?, ?, true, 0, ?, ?)")
        .params(id, "plain:GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", now, now)
        .update();
    postJdbc()
        .sql(
            "insert into adm_api_token (id, user_id, name, token_hash, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            id,
            "tests",
            java.util.HexFormat.of()
                .formatHex(
                    java.security.MessageDigest.getInstance("SHA-256")
                        .digest(
                            TestAccounts.SUPERVISOR_TOKEN.getBytes(
                                java.nio.charset.StandardCharsets.UTF_8))),
            now,
            now.plusYears(1))
        .update();
  }

  @AfterAll
  static void stopPost() throws Exception {
    if (post != null) {
      post.close();
      post = null;
    }
    if (link != null) {
      link.close();
    }
  }

  @Test
  void staleDataWarnsThenBlocksUntilASupervisorAcknowledgesAndTheLinkBringsItBack()
      throws Exception {
    ApiClient atPost = new ApiClient(postPort);
    await(() -> linkUp(atPost) && !freshness(atPost).get("datasets").isEmpty(), MINUTE);
    assertThat(freshness(atPost).get("level").asString()).isEqualTo("FRESH");
    String home = new SignedInBrowser(postPort, TestAccounts.OFFICER).get("/").body();
    assertThat(home).contains("id=\"sync-strip\"", "data-link=\"up\"", "users");
    assertThat(home).doesNotContain("id=\"sync-stale\"");

    link.down();
    await(() -> !linkUp(atPost), MINUTE);
    Thread.sleep(1500); // a pull already under way when the link went down has ended
    setBack(Duration.ofHours(30));

    // above warn-after: a warning on every inspection, decisions still recorded
    var scan = scan(atPost);
    assertThat(codes(scan))
        .contains("sync.stale_lists")
        .doesNotContain("sync.acknowledgement_required");
    String offline1 = decide(atPost, scan).json().get("movementId").asString();
    String page = new SignedInBrowser(postPort, TestAccounts.OFFICER).get("/").body();
    assertThat(page).contains("data-link=\"down\"", "id=\"sync-stale\"", "data 30 h old");

    // above block-after: the desk refuses decisions (4xx problem, audited), the scan says why
    setBack(Duration.ofHours(80));
    scan = scan(atPost);
    assertThat(codes(scan)).contains("sync.stale_lists", "sync.acknowledgement_required");
    var refused = decide(atPost, scan);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("sync.acknowledgement_required");
    assertThat(audit("sync.decision_blocked", "DENIED")).isPositive();
    assertThat(freshness(atPost).get("mayRecord").asBoolean()).isFalse();

    // an officer cannot acknowledge; a supervisor must say why
    var byOfficer =
        atPost.post(TestAccounts.OFFICER, "/api/v1/sync/acknowledgement", Map.of("reason", "x"));
    assertThat(byOfficer.status()).as(byOfficer.body()).isEqualTo(403);
    var noReason = atPost.postAs(SUPERVISOR, "/api/v1/sync/acknowledgement", Map.of("reason", " "));
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
    assertThat(noReason.code()).isEqualTo("sync.reason_required");
    assertThat(audit("sync.stale_acknowledged", "SUCCESS")).isZero();
    var ack =
        atPost.postAs(
            SUPERVISOR,
            "/api/v1/sync/acknowledgement",
            Map.of("reason", "Satellite link cut by the storm, lists checked by phone"));
    assertThat(ack.status()).as(ack.body()).isEqualTo(201);
    assertThat(ack.json().get("acknowledgedBy").asString()).isEqualTo(TestAccounts.SUPERVISOR);
    assertThat(audit("sync.stale_acknowledged", "SUCCESS")).isEqualTo(1);
    assertThat(
            postJdbc()
                .sql("select details from shr_audit_event where action = 'sync.stale_acknowledged'")
                .query(String.class)
                .single())
        .contains("Satellite link cut by the storm");
    var again = atPost.postAs(SUPERVISOR, "/api/v1/sync/acknowledgement", Map.of("reason", "y"));
    assertThat(again.status()).isEqualTo(201); // still blocked in age: a second one is allowed
    var state = freshness(atPost);
    assertThat(state.get("level").asString()).isEqualTo("BLOCK");
    assertThat(state.get("mayRecord").asBoolean()).isTrue();

    // the desk goes on: the scan refused before is decided now
    scan = scan(atPost);
    assertThat(codes(scan))
        .contains("sync.stale_lists")
        .doesNotContain("sync.acknowledgement_required");
    String offline2 = decide(atPost, scan).json().get("movementId").asString();
    String screen = new SignedInBrowser(postPort, TestAccounts.SUPERVISOR).get("/sync").body();
    assertThat(screen).contains("Acknowledged by " + TestAccounts.SUPERVISOR, "Satellite link");

    // the link comes back: fresh data, link up, the offline movements at central
    link.up();
    await(
        () -> linkUp(atPost) && "FRESH".equals(freshness(atPost).get("level").asString()), MINUTE);
    await(() -> atCentral(offline1) && atCentral(offline2), MINUTE);
    String back = new SignedInBrowser(postPort, TestAccounts.OFFICER).get("/").body();
    assertThat(back).contains("data-link=\"up\"").doesNotContain("id=\"sync-stale\"");
    assertThat(codes(scan(atPost))).doesNotContain("sync.stale_lists");
  }

  @Test
  void centralListsItsPostsForSupervisorsAndAdministratorsOnly() throws Exception {
    ApiClient atPost = new ApiClient(postPort);
    await(() -> !freshness(atPost).get("datasets").isEmpty(), MINUTE);
    await(
        () ->
            centralJdbc
                    .sql("select count(*) from syn_post_dataset where post_id = ?")
                    .param(TestAccounts.AIRPORT)
                    .query(Long.class)
                    .single()
                > 0,
        MINUTE);

    SignedInBrowser admin = new SignedInBrowser(port, TestAccounts.ADMIN);
    assertThat(admin.get("/").body())
        .contains("href=\"/sync/posts\"")
        .doesNotContain("href=\"/sync\"");
    var posts = admin.get("/sync/posts");
    assertThat(posts.statusCode()).isEqualTo(200);
    assertThat(posts.body())
        .contains("data-post=\"", "users: ", "alert-lists: ", "enrolled", "/revocation");
    SignedInBrowser supervisor = new SignedInBrowser(port, TestAccounts.SUPERVISOR);
    assertThat(supervisor.get("/").body()).contains("href=\"/sync/posts\"");
    var seen = supervisor.get("/sync/posts");
    assertThat(seen.statusCode()).isEqualTo(200);
    assertThat(seen.body()).contains("users: ").doesNotContain("/revocation");
    SignedInBrowser officer = new SignedInBrowser(port, TestAccounts.OFFICER);
    assertThat(officer.get("/").body()).doesNotContain("/sync");
    assertThat(officer.get("/sync/posts").statusCode()).isEqualTo(403);
    assertThat(officer.get("/sync").statusCode()).isEqualTo(404);
    // a supervisor cannot revoke, even by posting the form
    assertThat(
            supervisor
                .submit("/sync/posts/" + TestAccounts.LAND_POST + "/revocation", "")
                .statusCode())
        .isEqualTo(403);

    // at the post: the network link for everyone, no central screen
    String postHome = new SignedInBrowser(postPort, TestAccounts.OFFICER).get("/").body();
    assertThat(postHome).contains("href=\"/sync\"").doesNotContain("href=\"/sync/posts\"");
    assertThat(new SignedInBrowser(postPort, TestAccounts.OFFICER).get("/sync").statusCode())
        .isEqualTo(200);
  }

  private static ApiClient.Response scan(ApiClient atPost) {
    String mrz =
        Passports.td3(
            "UTO",
            Passports.nextNumber(),
            "Oduya",
            "Offline",
            LocalDate.of(1981, 2, 3),
            LocalDate.now().plusYears(5));
    var r = atPost.post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r;
  }

  private static ApiClient.Response decide(ApiClient atPost, ApiClient.Response scan) {
    return atPost.post(
        TestAccounts.OFFICER,
        "/api/v1/inspections/" + scan.json().get("id").asString() + "/decision",
        Map.of("decision", "ADMITTED", "purpose", "TOURISM", "transportMode", "AIR"));
  }

  private static java.util.List<String> codes(ApiClient.Response scan) {
    java.util.List<String> out = new java.util.ArrayList<>();
    scan.json().get("warnings").forEach(w -> out.add(w.get("code").asString()));
    return out;
  }

  private static tools.jackson.databind.JsonNode freshness(ApiClient atPost) {
    var r = atPost.get(TestAccounts.OFFICER, "/api/v1/sync/freshness");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    var status = atPost.get(TestAccounts.OFFICER, "/api/v1/sync/status");
    ((tools.jackson.databind.node.ObjectNode) r.json())
        .set("datasets", status.json().get("datasets"));
    return r.json();
  }

  private static boolean linkUp(ApiClient atPost) {
    return freshness(atPost).get("linkUp").asBoolean();
  }

  /** Central last confirmed every dataset, and last heard of central, {@code ago}. */
  private static void setBack(Duration ago) {
    OffsetDateTime then = OffsetDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC);
    postJdbc().sql("update syn_dataset_held set checked_at = ?").param(then).update();
    postJdbc().sql("update syn_node set last_contact_at = ?").param(then).update();
  }

  private static long audit(String action, String outcome) {
    return postJdbc()
        .sql("select count(*) from shr_audit_event where action = ? and outcome = ?")
        .params(action, outcome)
        .query(Long.class)
        .single();
  }

  private boolean atCentral(String movementId) {
    return centralJdbc
            .sql("select count(*) from mov_movement where id = ?")
            .param(UUID.fromString(movementId))
            .query(Long.class)
            .single()
        == 1;
  }

  private static JdbcClient postJdbc() {
    return post.getBean(JdbcClient.class);
  }

  private static void await(BooleanSupplier condition, Duration within) throws Exception {
    Instant end = Instant.now().plus(within);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("not within %s", within).isBefore(end);
      Thread.sleep(250);
    }
  }
}
