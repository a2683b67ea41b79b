package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.web.SignedInBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
  static final Duration MINUTE = TestPost.MINUTE;

  static TestPost post;
  static int postPort;

  @LocalServerPort int port;
  @Autowired JdbcClient centralJdbc;

  @BeforeEach
  void startPost() throws Exception {
    if (post == null) {
      post = TestPost.start(port);
      postPort = post.port;
    }
  }

  @AfterAll
  static void stopPost() throws Exception {
    if (post != null) {
      post.close();
      post = null;
    }
  }

  @Test
  void staleDataWarnsThenBlocksUntilASupervisorAcknowledgesAndTheLinkBringsItBack()
      throws Exception {
    ApiClient atPost = new ApiClient(postPort);
    TestPost.await(() -> post.linkUp() && !post.freshness().get("datasets").isEmpty(), MINUTE);
    assertThat(post.freshness().get("level").asString()).isEqualTo("FRESH");
    String home = new SignedInBrowser(postPort, TestAccounts.OFFICER).get("/").body();
    assertThat(home).contains("id=\"sync-strip\"", "data-link=\"up\"", "users");
    assertThat(home).doesNotContain("id=\"sync-stale\"");

    post.cut();
    post.setBack(Duration.ofHours(30));

    // above warn-after: a warning on every inspection, decisions still recorded
    var scan = scan(atPost);
    assertThat(codes(scan))
        .contains("sync.stale_lists")
        .doesNotContain("sync.acknowledgement_required");
    String offline1 = decide(atPost, scan).json().get("movementId").asString();
    String page = new SignedInBrowser(postPort, TestAccounts.OFFICER).get("/").body();
    assertThat(page).contains("data-link=\"down\"", "id=\"sync-stale\"", "data 30 h old");

    // above block-after: the desk refuses decisions (4xx problem, audited), the scan says why
    post.setBack(Duration.ofHours(80));
    var blocked = scan(atPost);
    assertThat(codes(blocked)).contains("sync.stale_lists", "sync.acknowledgement_required");
    var refused = decide(atPost, blocked);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("sync.acknowledgement_required");
    assertThat(post.audit("sync.decision_blocked", "DENIED")).isPositive();
    assertThat(post.freshness().get("mayRecord").asBoolean()).isFalse();

    // an officer cannot acknowledge; a supervisor must say why
    var byOfficer =
        atPost.post(TestAccounts.OFFICER, "/api/v1/sync/acknowledgement", Map.of("reason", "x"));
    assertThat(byOfficer.status()).as(byOfficer.body()).isEqualTo(403);
    var noReason = atPost.postAs(SUPERVISOR, "/api/v1/sync/acknowledgement", Map.of("reason", " "));
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
    assertThat(noReason.code()).isEqualTo("sync.reason_required");
    assertThat(post.audit("sync.stale_acknowledged", "SUCCESS")).isZero();
    var ack =
        atPost.postAs(
            SUPERVISOR,
            "/api/v1/sync/acknowledgement",
            Map.of("reason", "Satellite link cut by the storm, lists checked by phone"));
    assertThat(ack.status()).as(ack.body()).isEqualTo(201);
    assertThat(ack.json().get("acknowledgedBy").asString()).isEqualTo(TestAccounts.SUPERVISOR);
    assertThat(post.audit("sync.stale_acknowledged", "SUCCESS")).isEqualTo(1);
    assertThat(
            postJdbc()
                .sql("select details from shr_audit_event where action = 'sync.stale_acknowledged'")
                .query(String.class)
                .single())
        .contains("Satellite link cut by the storm");
    // the screen's form: an officer is refused, a supervisor's second reason is kept too
    assertThat(
            new SignedInBrowser(postPort, TestAccounts.OFFICER)
                .submit("/sync/acknowledgement", "reason=mine")
                .statusCode())
        .isEqualTo(403);
    var form =
        new SignedInBrowser(postPort, TestAccounts.SUPERVISOR)
            .submit("/sync/acknowledgement", "reason=Lists+checked+again+by+phone");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains(
            "Acknowledged: the desks record decisions again.",
            "Acknowledged by " + TestAccounts.SUPERVISOR,
            "checked again by phone");
    assertThat(post.audit("sync.stale_acknowledged", "SUCCESS")).isEqualTo(2);
    var state = post.freshness();
    assertThat(state.get("level").asString()).isEqualTo("BLOCK");
    assertThat(state.get("mayRecord").asBoolean()).isTrue();

    // the desk goes on: the inspection refused before is decided now, a new scan no longer blocks
    var decided = decide(atPost, blocked);
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    String offline2 = decided.json().get("movementId").asString();
    assertThat(codes(scan(atPost)))
        .contains("sync.stale_lists")
        .doesNotContain("sync.acknowledgement_required");

    // the link comes back: fresh data, link up, the offline movements at central
    post.link.up();
    TestPost.await(
        () -> post.linkUp() && "FRESH".equals(post.freshness().get("level").asString()), MINUTE);
    TestPost.await(() -> atCentral(offline1) && atCentral(offline2), MINUTE);
    String back = new SignedInBrowser(postPort, TestAccounts.OFFICER).get("/").body();
    assertThat(back).contains("data-link=\"up\"").doesNotContain("id=\"sync-stale\"");
    assertThat(codes(scan(atPost))).doesNotContain("sync.stale_lists");
  }

  @Test
  void centralListsItsPostsForSupervisorsAndAdministratorsOnly() throws Exception {
    ApiClient atPost = new ApiClient(postPort);
    TestPost.await(() -> !post.freshness().get("datasets").isEmpty(), MINUTE);
    TestPost.await(
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

  private boolean atCentral(String movementId) {
    return centralJdbc
            .sql("select count(*) from mov_movement where id = ?")
            .param(UUID.fromString(movementId))
            .query(Long.class)
            .single()
        == 1;
  }

  private static JdbcClient postJdbc() {
    return post.jdbc();
  }
}
