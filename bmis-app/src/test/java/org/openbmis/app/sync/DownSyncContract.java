package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbmis.app.sync.PostTables.accountsAtPost;
import static org.openbmis.app.sync.PostTables.alertPrintsAtPost;
import static org.openbmis.app.sync.PostTables.auditAtPost;
import static org.openbmis.app.sync.PostTables.enabledAtPost;
import static org.openbmis.app.sync.PostTables.heldAtPost;
import static org.openbmis.app.sync.PostTables.rowsAtPost;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.admin.AdminActions;
import org.openbmis.app.admin.PostReference;
import org.openbmis.app.admin.UserTransfer;
import org.openbmis.app.biometrics.AlertPrints;
import org.openbmis.app.pki.ChipParts;
import org.openbmis.app.screening.ScreeningClient;
import org.openbmis.app.sync.SyncMessages.DatasetRequest;
import org.openbmis.app.sync.SyncMessages.DatasetUpdate;
import org.openbmis.app.sync.SyncMessages.DatasetUpdates;
import org.openbmis.app.visa.VisaTransfer;
import org.openbmis.chip.ChipTestData;
import org.openbmis.chip.TestPki;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Down-sync of reference data (ADR 0017), on each database of central's, with central in the test's
 * context and a real post (H2) in a second application context of its own (its own in-memory H2,
 * its own port), enrolled over HTTP with a one-time code and pulling every second: an alert
 * approved at central is a hit at the post's desk, an account created at central signs in at the
 * post and no longer once disabled, central's signature is checked before anything is used, a
 * skipped version brings a snapshot, and a revoked post gets nothing.
 */
abstract class DownSyncContract extends PostBesideCentral {

  @Autowired ApplicationContext central;
  @Autowired CentralKey centralKey;
  @Autowired DatasetVersions centralVersions;
  @TempDir Path folder;

  @Test
  void aPostBootstrapsFromASnapshotAndListsItsDatasets() throws Exception {
    var status = new ApiClient(postPort).get(TestAccounts.OFFICER, "/api/v1/sync/status");
    assertThat(status.status()).as(status.body()).isEqualTo(200);
    // the shape: every key present, an empty outbox's oldest row as null
    assertThat(status.json().get("role").asString()).isEqualTo("post");
    assertThat(status.json().get("postId").asString()).isEqualTo(TestAccounts.AIRPORT.toString());
    assertThat(status.json().has("lastContactAt")).isTrue();
    assertThat(status.json().get("outbox").has("oldestPendingAt")).isTrue();
    JsonNode datasets = status.json().get("datasets");
    assertThat(datasets.toString()).contains("\"users\"", "\"alert-lists\"");
    for (JsonNode d : datasets) {
      assertThat(d.get("name").asString()).isNotBlank();
      assertThat(d.get("version").asLong()).isGreaterThanOrEqualTo(0);
      assertThat(d.get("ageSeconds").asLong()).isBetween(0L, 60L);
    }
    // the officer signed in above with the password hash central handed over
    settled();
    assertThat(auditAtPost("sync.dataset_snapshot", "users")).isPositive();
    assertThat(auditAtPost("sync.dataset_snapshot", "alert-lists")).isPositive();
  }

  @Test
  void anAlertApprovedAtCentralIsAHitAtThePostsDeskWithinAMinute() throws Exception {
    ScreeningClient hq = new ScreeningClient(port);
    String list = hq.createList("DOWN", "PERSON", "REFER_TO_SECONDARY", 0.85);
    String surname = "KAMAU" + letters(5);
    String sourceId = hq.inForce(list, ScreeningClient.person(surname, "WANJIRU ACHIENG"));
    Instant approved = Instant.now();

    // in force at the post: its screening index took the alert in (after the commit)
    ScreeningClient atPost = new ScreeningClient(postPort);
    Map<String, String> query =
        Map.of(
            "primaryIdentifier", surname,
            "secondaryIdentifier", "WANJIRU ACHIENG",
            "dateOfBirth", "1985-03-14",
            "nationality", "KEN");
    await(
        () ->
            ScreeningClient.hit(atPost.check(TestAccounts.OFFICER, query), list, sourceId) != null,
        MINUTE);
    assertThat(Duration.between(approved, Instant.now())).isLessThan(MINUTE);
    assertThat(heldAtPost("alerts." + list)).isEqualTo(1);

    var scan =
        new ApiClient(postPort)
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections",
                Map.of(
                    "mrz", Passports.kenyan(Passports.nextNumber(), surname, "WANJIRU ACHIENG")));
    assertThat(scan.status()).as(scan.body()).isEqualTo(201);
    JsonNode hits = scan.json().get("screening").get("hits");
    assertThat(hits.toString()).as("hits at the post's desk").contains(list, sourceId);
  }

  @Test
  void anAccountCreatedAtCentralSignsInAtThePostAtItsNewDeskUntilItIsDisabled() throws Exception {
    ApiClient hq = new ApiClient(port);
    var desk =
        hq.postAs(
            ADMIN,
            "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/desks",
            Map.of("code", "D-" + letters(6), "name", "Down sync desk", "flow", "ARRIVALS"));
    assertThat(desk.status()).as(desk.body()).isEqualTo(201);
    UUID deskId = UUID.fromString(desk.json().get("id").asString());
    String username = "down." + letters(6).toLowerCase();
    String password = "Tall-Acacia-" + letters(8);
    var created =
        hq.postAs(
            ADMIN,
            "/api/v1/admin/users",
            Map.of(
                "username",
                username,
                "fullName",
                "Down Sync Officer",
                "roles",
                List.of("OFFICER"),
                "postId",
                TestAccounts.AIRPORT.toString(),
                "deskId",
                deskId.toString(),
                "password",
                password));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("user").get("id").asString());
    String basic = ApiClient.basic(username, password);
    ApiClient atPost = new ApiClient(postPort);

    // polled in the post's database, not by signing in (failed sign-ins are throttled)
    await(() -> accountsAtPost(username) == 1, MINUTE);
    var me = atPost.getAs(basic, "/api/v1/me");
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.json().get("username").asString()).isEqualTo(username);
    // the new desk came first (desks before users), with its flow
    assertThat(me.json().get("deskId").asString()).isEqualTo(deskId.toString());
    assertThat(
            postJdbc()
                .sql("select flow from adm_desk where id = ?")
                .param(deskId)
                .query(String.class)
                .single())
        .isEqualTo("ARRIVALS");

    AdminActions.setEnabled(central, id, false);
    await(() -> !enabledAtPost(username), MINUTE);
    assertThat(atPost.getAs(basic, "/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void anEntryRuleAddedAtCentralIsInForceAtThePost() throws Exception {
    String nationality = "Z" + letters(2);
    var rule =
        new ApiClient(port)
            .postAs(
                ADMIN,
                "/api/v1/entry-rules",
                Map.of(
                    "nationality",
                    nationality,
                    "policy",
                    "VISA_ON_ARRIVAL",
                    "fee",
                    40,
                    "currency",
                    "USD",
                    "daysGranted",
                    30));
    assertThat(rule.status()).as(rule.body()).isEqualTo(201);
    UUID id = UUID.fromString(rule.json().get("id").asString());
    await(
        () ->
            postJdbc()
                    .sql("select count(*) from vis_entry_rule where id = ? and nationality = ?")
                    .params(id, nationality)
                    .query(Long.class)
                    .single()
                == 1,
        MINUTE);
    assertThat(heldAtPost("entry-rules")).isEqualTo(centralVersions.latest("entry-rules"));
  }

  @Test
  void anAnswerNotSignedByCentralOverTheseBytesForThisCallIsRefused() throws Exception {
    settled();
    long held = heldAtPost("users");
    PostReference.Account ghost = ghost();
    byte[] signed = gzip(usersDelta(held, 1_000_000_000L, ghost));
    byte[] other = gzip(usersDelta(held, 1_000_000_000L, ghost()));
    String call = UUID.randomUUID().toString();
    String signature = centralKey.signReply(TestAccounts.AIRPORT, call, signed, Instant.now());
    DownSync down = post.getBean(DownSync.class);

    assertThatThrownBy(() -> down.accept(TestAccounts.AIRPORT, other, signature, call))
        .isInstanceOf(DownSync.Refused.class)
        .extracting(e -> ((DownSync.Refused) e).code)
        .isEqualTo("sync.delta_signature_invalid");
    assertThatThrownBy(
            () ->
                down.accept(TestAccounts.AIRPORT, signed, signature, UUID.randomUUID().toString()))
        .as("an answer to another call (a replay)")
        .isInstanceOf(DownSync.Refused.class);
    String stranger =
        SignedCall.signReply(
            new ECKeyGenerator(Curve.P_256).keyID("stranger").generate(),
            TestAccounts.AIRPORT,
            call,
            signed,
            Instant.now());
    assertThatThrownBy(() -> down.accept(TestAccounts.AIRPORT, signed, stranger, call))
        .as("signed with another key")
        .isInstanceOf(DownSync.Refused.class);
    assertThat(accountsAtPost(ghost.username())).isZero();

    // the same answer, as signed: applied (then central's next answer heals the post with a
    // snapshot, since it holds a version central never reached)
    var outcome = down.accept(TestAccounts.AIRPORT, signed, signature, call);
    assertThat(outcome.applied()).containsExactly("users");
    assertThat(accountsAtPost(ghost.username())).isOne();
    await(() -> heldAtPost("users") == centralVersions.latest("users"), MINUTE);
    assertThat(enabledAtPost(ghost.username())).isFalse();
  }

  @Test
  void aDeltaThatSkipsAVersionIsRefusedAndASnapshotFollows() throws Exception {
    settled();
    long held = heldAtPost("users");
    PostReference.Account ghost = ghost();
    byte[] skipping = gzip(usersDelta(held + 5, held + 6, ghost));
    String call = UUID.randomUUID().toString();
    String signature = centralKey.signReply(TestAccounts.AIRPORT, call, skipping, Instant.now());
    long snapshotsBefore = auditAtPost("sync.dataset_snapshot", "users");

    var outcome =
        post.getBean(DownSync.class).accept(TestAccounts.AIRPORT, skipping, signature, call);
    assertThat(outcome.skipped()).containsExactly("users");
    assertThat(outcome.applied()).isEmpty();
    assertThat(accountsAtPost(ghost.username())).isZero();
    assertThat(auditAtPost("sync.dataset_skipped", "users")).isPositive();

    await(() -> auditAtPost("sync.dataset_snapshot", "users") > snapshotsBefore, MINUTE);
    assertThat(heldAtPost("users")).isEqualTo(centralVersions.latest("users"));
  }

  @Test
  void aRevokedPostGetsNothingAndATamperedPullIsRefused() throws Exception {
    PostKey land = PostKey.create(folder);
    var code =
        new ApiClient(port)
            .postAs(
                ADMIN, "/api/v1/admin/posts/" + TestAccounts.LAND_POST + "/enrolment-codes", "{}");
    var enrolled =
        raw(
            SyncPaths.ENROLMENT,
            JSON.writeValueAsBytes(
                new SyncMessages.EnrolmentRequest(
                    code.json().get("code").asString(), land.publicJwk())),
            null);
    assertThat(enrolled.statusCode()).as(enrolled.body().toString()).isEqualTo(200);
    ECKey hqKey = ECKey.parse(JSON.readTree(enrolled.body()).get("centralKey").asString());

    byte[] pull = JSON.writeValueAsBytes(new DatasetRequest(Map.of(), List.of()));
    String call = UUID.randomUUID().toString();
    var answer =
        raw(SyncPaths.DATASETS, pull, land.sign(TestAccounts.LAND_POST, pull, Instant.now(), call));
    assertThat(answer.statusCode()).isEqualTo(200);
    String signature = answer.headers().firstValue(SyncPaths.REPLY_SIGNATURE).orElseThrow();
    assertThat(SignedCall.validReply(signature, hqKey, TestAccounts.LAND_POST, call, answer.body()))
        .isTrue();
    assertThat(gunzip(answer.body())).contains(TestAccounts.LAND_OFFICER);

    byte[] other = JSON.writeValueAsBytes(new DatasetRequest(Map.of("users", 0L), List.of()));
    var tampered =
        raw(SyncPaths.DATASETS, other, land.sign(TestAccounts.LAND_POST, pull, Instant.now()));
    assertThat(tampered.statusCode()).isEqualTo(403);
    assertThat(new String(tampered.body(), StandardCharsets.UTF_8))
        .contains("sync.signature_invalid")
        .doesNotContain(TestAccounts.LAND_OFFICER);

    var revoked =
        new ApiClient(port)
            .postAs(ADMIN, "/api/v1/admin/posts/" + TestAccounts.LAND_POST + "/revocation", "{}");
    assertThat(revoked.status()).isEqualTo(204);
    var refused =
        raw(SyncPaths.DATASETS, pull, land.sign(TestAccounts.LAND_POST, pull, Instant.now()));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(new String(refused.body(), StandardCharsets.UTF_8))
        .contains("sync.post_revoked")
        .doesNotContain(TestAccounts.LAND_OFFICER);
  }

  @Test
  void aVisaIssuedAtCentralLetsTheTravellerThroughAtThePostsDesk() throws Exception {
    ApiClient hq = new ApiClient(port);
    String nationality = "X" + letters(2);
    var rule =
        hq.postAs(
            ADMIN,
            "/api/v1/entry-rules",
            Map.of("nationality", nationality, "policy", "VISA_REQUIRED"));
    assertThat(rule.status()).as(rule.body()).isEqualTo(201);
    UUID ruleId = UUID.fromString(rule.json().get("id").asString());
    await(() -> rowsAtPost("vis_entry_rule", ruleId) == 1, MINUTE);
    LocalDate birth = LocalDate.of(1988, 7, 21);
    LocalDate expiry = LocalDate.now().plusYears(5);
    JsonNode without =
        inspectAtPost(
            Passports.td3(nationality, Passports.nextNumber(), "Lindqvist", "Maja", birth, expiry));
    assertThat(without.get("visaMissing").asBoolean()).as(without.toString()).isTrue();

    String passport = Passports.nextNumber();
    String visaNumber = "D" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    Map<String, Object> visa = new java.util.HashMap<>();
    visa.putAll(
        Map.of(
            "number", visaNumber,
            "type", "BUSINESS",
            "primaryIdentifier", "LINDQVIST",
            "secondaryIdentifier", "MAJA",
            "dateOfBirth", birth.toString(),
            "sex", "F",
            "nationality", nationality,
            "documentNumber", passport,
            "issuingPlace", "Consulate in Oslo"));
    visa.putAll(
        Map.of(
            "validFrom",
            LocalDate.now().minusDays(1).toString(),
            "validUntil",
            LocalDate.now().plusDays(90).toString(),
            "entriesAllowed",
            2,
            "durationDays",
            30));
    var issued = hq.postAs(ADMIN, "/api/v1/visas", visa);
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    UUID visaId = UUID.fromString(issued.json().get("visa").get("id").asString());
    Instant at = Instant.now();

    await(() -> rowsAtPost("vis_visa", visaId) == 1, MINUTE);
    assertThat(Duration.between(at, Instant.now())).isLessThan(MINUTE);
    JsonNode admission =
        inspectAtPost(Passports.td3(nationality, passport, "Lindqvist", "Maja", birth, expiry));
    assertThat(admission.get("visaMissing").asBoolean()).as(admission.toString()).isFalse();
    assertThat(admission.get("visa").get("number").asString()).isEqualTo(visaNumber);

    // the same delta applied again changes nothing
    var records = central.getBean(VisaTransfer.class).byIds(List.of(visaId));
    assertThat(records.visas()).hasSize(1);
    VisaTransfer atPost = post.getBean(VisaTransfer.class);
    assertThat(atPost.importAtPost(records)).isZero();
    assertThat(atPost.importAtPost(records)).isZero();
    assertThat(rowsAtPost("vis_visa", visaId)).isOne();
  }

  @Test
  void aCscaTrustedAtCentralMakesAChipValidAtThePost() throws Exception {
    TestPki pki =
        TestPki.rsa(
            "DE", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"));
    var dgs = ChipTestData.bsiDataGroups();
    byte[] sod = pki.sod(dgs, Instant.parse("2024-03-01T09:00:00Z"));
    assertThat(chipAtPost(sod, dgs)).isNotEqualTo("VALID");

    var trusted =
        new ApiClient(port).upload(TestAccounts.ADMIN, "/api/v1/pki/cscas", pki.csca.getEncoded());
    assertThat(trusted.status()).as(trusted.body()).isIn(200, 201);
    Instant at = Instant.now();
    await(() -> "VALID".equals(chipAtPost(sod, dgs)), MINUTE);
    assertThat(Duration.between(at, Instant.now())).isLessThan(MINUTE);
    assertThat(heldAtPost("trust-store")).isEqualTo(centralVersions.latest("trust-store"));
  }

  @Test
  void aBiometricAlertAddedAtCentralIsAHitAtThePostUntilItIsRemoved() throws Exception {
    String reference = "DOWN-" + letters(8);
    var added = AlertPrints.addLeftThumb(port, "NATIONAL", reference);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    await(() -> alertPrintsAtPost(reference) == 1, MINUTE);

    var hit = AlertPrints.deskCheckLeftThumb(postPort, travellerAtPost("Wekesa"));
    assertThat(hit.status()).as(hit.body()).isEqualTo(200);
    assertThat(hit.json().get("alertHits").findValuesAsString("reference")).contains(reference);

    var removed =
        new ApiClient(port)
            .delete(
                TestAccounts.SUPERVISOR,
                "/api/v1/biometrics/alerts/NATIONAL/" + reference + "/fingerprints?reason=Lifted");
    assertThat(removed.status()).as(removed.body()).isEqualTo(204);
    await(() -> alertPrintsAtPost(reference) == 0, MINUTE);
    var none = AlertPrints.deskCheckLeftThumb(postPort, travellerAtPost("Barasa"));
    assertThat(none.status()).as(none.body()).isEqualTo(200);
    assertThat(none.json().get("alertHits").findValuesAsString("reference"))
        .doesNotContain(reference);
  }

  @Test
  void snapshotsOfVisasTrustStoreAndBiometricAlertsRestoreWhatAPostLacks() throws Exception {
    String visaNumber = "S" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    Map<String, Object> visa = new java.util.HashMap<>();
    visa.putAll(
        Map.of(
            "number", visaNumber,
            "type", "TOURIST",
            "primaryIdentifier", "ACHIENG",
            "secondaryIdentifier", "ROSE",
            "dateOfBirth", "1979-11-02",
            "sex", "F",
            "nationality", "KEN",
            "documentNumber", Passports.nextNumber(),
            "issuingPlace", "Headquarters"));
    visa.putAll(
        Map.of(
            "validFrom", LocalDate.now().toString(),
            "validUntil", LocalDate.now().plusDays(30).toString(),
            "durationDays", 30));
    var issued = new ApiClient(port).postAs(ADMIN, "/api/v1/visas", visa);
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    UUID visaId = UUID.fromString(issued.json().get("visa").get("id").asString());
    await(() -> rowsAtPost("vis_visa", visaId) == 1, MINUTE);
    // the post loses it (as a new post never had it)
    postJdbc().sql("delete from vis_visa where id = ?").param(visaId).update();

    Set<String> mine = Set.of("visas", "trust-store", "biometric-alerts");
    var all =
        central
            .getBean(CentralDatasets.class)
            .updates(TestAccounts.AIRPORT, new DatasetRequest(Map.of(), List.of()));
    List<DatasetUpdate> snapshots =
        all.updates().stream().filter(u -> mine.contains(u.name())).toList();
    assertThat(snapshots).extracting(DatasetUpdate::name).containsExactlyInAnyOrderElementsOf(mine);
    assertThat(snapshots).allMatch(DatasetUpdate::snapshot);
    byte[] body = gzip(JSON.writeValueAsBytes(new DatasetUpdates(snapshots)));
    DownSync down = post.getBean(DownSync.class);
    for (int i = 0; i < 2; i++) {
      String call = UUID.randomUUID().toString();
      var outcome =
          down.accept(
              TestAccounts.AIRPORT,
              body,
              centralKey.signReply(TestAccounts.AIRPORT, call, body, Instant.now()),
              call);
      assertThat(outcome.applied()).containsExactlyInAnyOrderElementsOf(mine);
      assertThat(rowsAtPost("vis_visa", visaId)).as("applied %s times", i + 1).isOne();
    }
  }

  @Test
  void thePostsOverridePolicySetAtCentralIsInForceAtThePost() throws Exception {
    ApiClient hq = new ApiClient(port);
    String path = "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/override-policy";
    var before = hq.getAs(ADMIN, path);
    assertThat(before.status()).as(before.body()).isEqualTo(200);
    List<String> was = new java.util.ArrayList<>();
    before.json().get("roles").forEach(r -> was.add(r.asString()));
    List<String> other = was.contains("OFFICER") ? List.of("SECONDARY") : List.of("OFFICER");
    try {
      var set = hq.putAs(ADMIN, path, Map.of("roles", other));
      assertThat(set.status()).as(set.body()).isEqualTo(200);
      await(() -> overrideRolesAtPost().equals(String.join(",", other)), MINUTE);
      assertThat(heldAtPost("post")).isEqualTo(centralVersions.latest("post"));
    } finally {
      assertThat(hq.putAs(ADMIN, path, Map.of("roles", was)).status()).isEqualTo(200);
    }
    await(() -> Set.of(overrideRolesAtPost().split(",")).equals(Set.copyOf(was)), MINUTE);
  }

  private String overrideRolesAtPost() {
    return postJdbc()
        .sql("select override_roles from adm_border_post where id = ?")
        .param(TestAccounts.AIRPORT)
        .query(String.class)
        .single();
  }

  private JsonNode inspectAtPost(String mrz) {
    var scan =
        new ApiClient(postPort)
            .post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(scan.status()).as(scan.body()).isEqualTo(201);
    return scan.json().get("admission");
  }

  private String chipAtPost(byte[] sod, Map<Integer, byte[]> dgs) {
    var r =
        new ChipParts()
            .file("sod", sod)
            .dataGroups(dgs)
            .post(postPort, TestAccounts.OFFICER, "/api/v1/chip/verify");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("status").asString();
  }

  /** Scanned and referred at the post, so that the traveller is written there. */
  private String travellerAtPost(String surname) {
    ApiClient atPost = new ApiClient(postPort);
    var scan =
        atPost.post(
            TestAccounts.OFFICER,
            "/api/v1/inspections",
            Map.of("mrz", Passports.kenyan(Passports.nextNumber(), surname, "Amani")));
    assertThat(scan.status()).as(scan.body()).isEqualTo(201);
    var referred =
        atPost.post(
            TestAccounts.OFFICER,
            "/api/v1/inspections/" + scan.json().get("id").asString() + "/decision",
            Map.of("decision", "REFERRED"));
    assertThat(referred.status()).as(referred.body()).isEqualTo(201);
    return scan.json().get("traveller").get("id").asString();
  }

  /** The post holds central's latest users (no pull under way will move it). */
  private void settled() throws Exception {
    await(() -> heldAtPost("users") == centralVersions.latest("users"), MINUTE);
  }

  private static PostReference.Account ghost() {
    return new PostReference.Account(
        UUID.randomUUID(),
        "ghost." + letters(6).toLowerCase(),
        "Not From Central",
        "{noop}never-used",
        "OFFICER",
        TestAccounts.AIRPORT,
        null,
        true,
        false,
        Instant.now(),
        null,
        0);
  }

  private static byte[] usersDelta(long from, long to, PostReference.Account account) {
    String content =
        JSON.writeValueAsString(new UserTransfer.Accounts(List.of(account), List.of()));
    return JSON.writeValueAsBytes(
        new DatasetUpdates(List.of(new DatasetUpdate("users", false, from, to, content))));
  }

  private static byte[] gzip(byte[] plain) throws Exception {
    return CentralClient.gzip(plain);
  }

  private static String gunzip(byte[] body) throws Exception {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private HttpResponse<byte[]> raw(String path, byte[] body, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
