package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.MovementTransfer.MovementRecord;
import org.openbmis.app.shared.Uuids;
import org.openbmis.app.sync.SyncMessages.Batch;
import org.openbmis.app.sync.SyncMessages.BatchItem;
import org.openbmis.app.sync.SyncMessages.MovementPayload;
import org.openbmis.app.traveller.TravellerTransfer.TravellerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headquarters' side of the network over real HTTP (role central, H2): enrolment codes are one-time
 * and stored hashed, batches are applied once by UUID however often they arrive, the same document
 * from two posts' travellers is one traveller with a merge record, and unsigned, tampered or
 * revoked calls are refused.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "bmis.node.role=central")
@ActiveProfiles("test")
@Import(TestAccounts.class)
class CentralSyncIT {

  static final String ADMIN = TestAccounts.authorization(TestAccounts.ADMIN);
  static final String OFFICER = ApiClient.basic(TestAccounts.OFFICER, TestAccounts.PASSWORD);
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @TempDir Path folder;
  ApiClient http;
  PostKey key;
  final HttpClient raw = HttpClient.newHttpClient();

  @BeforeEach
  void enrolAirport() throws Exception {
    http = new ApiClient(port);
    key = PostKey.create(folder);
    var enrolled = enrol(newCode(TestAccounts.AIRPORT), key);
    assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
  }

  @Test
  void anEnrolmentCodeWorksOnceAndIsStoredHashed() throws Exception {
    var created =
        http.postAs(
            ADMIN, "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/enrolment-codes", "{}");
    assertThat(created.status()).isEqualTo(201);
    String code = created.json().get("code").asString();
    Instant expires = Instant.parse(created.json().get("expiresAt").asString());
    assertThat(expires)
        .isBetween(
            Instant.now().plus(23, ChronoUnit.HOURS), Instant.now().plus(25, ChronoUnit.HOURS));
    // kept as the SHA-256 of the code as typed without its dashes, never the code itself
    assertThat(
            jdbc.sql("select count(*) from syn_enrolment_code where code_hash in (?, ?)")
                .params(code, code.replace("-", ""))
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select post_id from syn_enrolment_code where code_hash = ?")
                .param(CodeHash.sha256(code.replace("-", "").getBytes(StandardCharsets.US_ASCII)))
                .query(UUID.class)
                .single())
        .isEqualTo(TestAccounts.AIRPORT);

    var enrolled = enrol(code, PostKey.create(folder.resolve("second")));
    assertThat(enrolled.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(enrolled.body());
    assertThat(body.get("postId").asString()).isEqualTo(TestAccounts.AIRPORT.toString());
    assertThat(body.get("reference").get("post").get("code").asString()).isEqualTo("UTO-AIR");
    assertThat(body.get("reference").get("users").toString())
        .contains(TestAccounts.OFFICER)
        .doesNotContain(TestAccounts.PASSWORD);

    var again = enrol(code, PostKey.create(folder.resolve("third")));
    assertThat(again.statusCode()).isEqualTo(403);
    assertThat(again.body()).contains("sync.enrolment_code_invalid");
  }

  @Test
  void onlyAnAdministratorCreatesCodesForAKnownPost() {
    assertThat(
            http.postAs(
                    OFFICER,
                    "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/enrolment-codes",
                    "{}")
                .status())
        .isEqualTo(403);
    var unknown =
        http.postAs(ADMIN, "/api/v1/admin/posts/" + UUID.randomUUID() + "/enrolment-codes", "{}");
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void aBatchIsAppliedOnceHoweverOftenItArrives() throws Exception {
    TravellerRecord t = traveller(UUID.randomUUID(), Passports.nextNumber());
    MovementRecord m = movement(t);
    Batch batch = batch(1, m, t);
    JsonNode ack = JSON.readTree(send(batch, key).body());
    assertThat(ack.get("acknowledgedThrough").asLong()).isEqualTo(1);
    assertThat(ack.get("applied").asInt()).isEqualTo(1);
    JsonNode replay = JSON.readTree(send(batch, key).body());
    assertThat(replay.get("applied").asInt()).isZero();
    assertThat(replay.get("duplicates").asInt()).isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from mov_movement where id = ?")
                .param(m.id())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    var log =
        http.getAs(
            ADMIN, "/api/v1/movements?post=" + TestAccounts.AIRPORT + "&date=" + m.localDate());
    assertThat(log.body()).contains(m.id().toString());

    var status = http.getAs(ADMIN, "/api/v1/sync/status");
    assertThat(status.json().get("role").asString()).isEqualTo("central");
    assertThat(status.json().get("posts").toString()).contains(TestAccounts.AIRPORT.toString());
    assertThat(http.getAs(OFFICER, "/api/v1/sync/status").status()).isEqualTo(403);
  }

  @Test
  void theSameDocumentFromTwoTravellersIsOneTravellerWithAMergeRecord() throws Exception {
    String number = Passports.nextNumber();
    TravellerRecord atA = traveller(UUID.randomUUID(), number);
    TravellerRecord atB = traveller(UUID.randomUUID(), number);
    MovementRecord first = movement(atA);
    MovementRecord second = movement(atB);
    assertThat(send(batch(10, first, atA), key).statusCode()).isEqualTo(200);
    assertThat(send(batch(11, second, atB), key).statusCode()).isEqualTo(200);

    var history = http.getAs(ADMIN, "/api/v1/travellers/" + atA.id() + "/movements");
    assertThat(history.body()).contains(first.id().toString()).contains(second.id().toString());
    assertThat(
            jdbc.sql("select surviving_id from syn_traveller_merge where merged_id = ?")
                .param(atB.id())
                .query(UUID.class)
                .single())
        .isEqualTo(atA.id());
  }

  @Test
  void unsignedTamperedAndRevokedCallsAreRefused() throws Exception {
    TravellerRecord t = traveller(UUID.randomUUID(), Passports.nextNumber());
    MovementRecord m = movement(t);
    byte[] body = CentralClient.gzip(JSON.writeValueAsBytes(batch(1, m, t)));
    byte[] other = CentralClient.gzip(JSON.writeValueAsBytes(new Batch(List.of())));
    var tampered = post(other, key.sign(TestAccounts.AIRPORT, body, Instant.now()));
    assertThat(tampered.statusCode()).isEqualTo(403);
    assertThat(tampered.body()).contains("sync.signature_invalid");
    assertThat(post(body, null).body()).contains("sync.signature_missing");
    PostKey stranger = PostKey.create(folder.resolve("stranger"));
    assertThat(post(body, stranger.sign(TestAccounts.AIRPORT, body, Instant.now())).statusCode())
        .isEqualTo(403);

    var revoked =
        http.postAs(ADMIN, "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/revocation", "{}");
    assertThat(revoked.status()).isEqualTo(204);
    var refused = send(batch(1, m, t), key);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("sync.post_revoked");
    assertThat(
            jdbc.sql("select count(*) from mov_movement where id = ?")
                .param(m.id())
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from shr_audit_event where action = 'sync.post_revoked'"
                        + " and subject_id = ?")
                .param(TestAccounts.AIRPORT.toString())
                .query(Integer.class)
                .single())
        .isPositive();
  }

  @Test
  void aPostWhoseClockIsTwoHoursAheadStillDeliversAndIsFlagged() throws Exception {
    TravellerRecord t = traveller(UUID.randomUUID(), Passports.nextNumber());
    MovementRecord m = movement(t);
    byte[] body = CentralClient.gzip(JSON.writeValueAsBytes(batch(20, m, t)));
    Instant skewed = Instant.now().plus(2, ChronoUnit.HOURS);
    var ack = post(body, key.sign(TestAccounts.AIRPORT, body, skewed));
    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
    assertThat(JSON.readTree(ack.body()).get("applied").asInt()).isEqualTo(1);
    Long skew =
        jdbc.sql("select clock_skew_seconds from syn_post where post_id = ?")
            .param(TestAccounts.AIRPORT)
            .query(Long.class)
            .single();
    assertThat(skew).isBetween(7100L, 7300L);
    assertThat(
            jdbc.sql(
                    "select count(*) from shr_audit_event where action = 'sync.clock_skew'"
                        + " and subject_id = ?")
                .param(TestAccounts.AIRPORT.toString())
                .query(Integer.class)
                .single())
        .isPositive();
  }

  @Test
  void theWireFormatLeavesOutAbsentFields() {
    // BatchWireSizeTest measures a batch written without absent fields: the application's mapper,
    // which the uploader writes batches with, must write them so
    TravellerRecord t = traveller(UUID.randomUUID(), Passports.nextNumber());
    String payload = json.writeValueAsString(new MovementPayload(movement(t), t));
    assertThat(payload).contains("\"decision\"").doesNotContain("refusalReason");
  }

  private String newCode(UUID post) {
    var created = http.postAs(ADMIN, "/api/v1/admin/posts/" + post + "/enrolment-codes", "{}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("code").asString();
  }

  private HttpResponse<String> enrol(String code, PostKey k) throws Exception {
    return raw.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SyncPaths.ENROLMENT))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    JSON.writeValueAsBytes(new SyncMessages.EnrolmentRequest(code, k.publicJwk()))))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(Batch batch, PostKey k) throws Exception {
    byte[] body = CentralClient.gzip(JSON.writeValueAsBytes(batch));
    return post(body, k.sign(TestAccounts.AIRPORT, body, Instant.now()));
  }

  private HttpResponse<String> post(byte[] body, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SyncPaths.BATCHES))
            .header("Content-Type", "application/json")
            .header("Content-Encoding", "gzip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return raw.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Batch batch(long seq, MovementRecord m, TravellerRecord t) {
    return new Batch(
        List.of(
            new BatchItem(
                seq, "movement", m.id(), JSON.writeValueAsString(new MovementPayload(m, t)))));
  }

  private static TravellerRecord traveller(UUID id, String number) {
    Instant now = Instant.now();
    return new TravellerRecord(
        id,
        "SYNC",
        "TEST",
        "SYNC TEST",
        LocalDate.of(1985, 3, 14),
        "F",
        "KEN",
        now,
        "UTO-AIR",
        Uuids.timeOrdered(),
        "P",
        number,
        "KEN",
        "850314",
        LocalDate.now().plusYears(5),
        "MRZ",
        now);
  }

  private static MovementRecord movement(TravellerRecord t) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return new MovementRecord(
        Uuids.timeOrdered(),
        t.id(),
        t.documentId(),
        Direction.ENTRY,
        Decision.ADMITTED,
        null,
        now,
        LocalDate.ofInstant(now, java.time.ZoneId.of("Africa/Lagos")),
        TestAccounts.AIRPORT,
        TestAccounts.AIRPORT_DESK_1,
        "officer.air",
        "TOURISM",
        "AIR",
        null,
        null,
        null,
        1200L,
        null,
        null,
        "KEN",
        "F",
        1985,
        null,
        null,
        null,
        null,
        false);
  }
}
