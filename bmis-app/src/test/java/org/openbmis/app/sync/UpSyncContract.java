package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbmis.app.sync.UpSyncRecords.hit;
import static org.openbmis.app.sync.UpSyncRecords.item;
import static org.openbmis.app.sync.UpSyncRecords.pass;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.admin.AdminActions;
import org.openbmis.app.screening.HitTransfer;
import org.openbmis.app.screening.ScreeningClient;
import org.openbmis.app.shared.AuditChain;
import org.openbmis.app.shared.AuditChained;
import org.openbmis.app.sync.SyncMessages.Batch;
import org.openbmis.app.sync.SyncMessages.BatchItem;
import org.openbmis.app.visa.IssuedTransfer;
import org.openbmis.app.visa.PermitService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Records up (ADR 0025), on each database of central's, with central in the test's context and a
 * real post (H2) in a second application context, enrolled with a one-time code and uploading every
 * second: a hit raised at the post's desk is in central's queue once, with the post, and its
 * resolution at the post follows (central cannot resolve it); a visa on arrival and a pass reach
 * central once; a pass rolled back after its record leaves no outbox row; the post's audit entries
 * arrive with its chain, verified at central apart from central's own; replayed rows change
 * nothing, an older state does not reopen a hit, and a broken post chain is flagged.
 */
abstract class UpSyncContract extends PostBesideCentral {

  @Autowired JdbcClient jdbc;
  @TempDir Path folder;
  final HttpClient raw = HttpClient.newHttpClient();

  @Test
  void aHitRaisedAtThePostIsInCentralsQueueOnceAndItsResolutionFollows() throws Exception {
    ScreeningClient hq = new ScreeningClient(port);
    String list = hq.createList("UP", "PERSON", "REFER_TO_SECONDARY", 0.85);
    String surname = "OTIENO" + letters(5);
    String sourceId = hq.inForce(list, ScreeningClient.person(surname, "AKINYI ROSE"));
    ScreeningClient atPost = new ScreeningClient(postPort);
    Map<String, String> query =
        Map.of(
            "primaryIdentifier", surname,
            "secondaryIdentifier", "AKINYI ROSE",
            "dateOfBirth", "1985-03-14",
            "nationality", "KEN");
    await(
        () ->
            ScreeningClient.hit(atPost.check(TestAccounts.OFFICER, query), list, sourceId) != null,
        MINUTE);
    var scan =
        new ApiClient(postPort)
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections",
                Map.of("mrz", Passports.kenyan(Passports.nextNumber(), surname, "AKINYI ROSE")));
    assertThat(scan.status()).as(scan.body()).isEqualTo(201);
    UUID hit =
        postJdbc()
            .sql("select id from scr_hit where list_code = ? and source_id = ? and origin = 'DESK'")
            .params(list, sourceId)
            .query(UUID.class)
            .single();

    await(() -> statusAtCentral(hit) != null, MINUTE);
    assertThat(statusAtCentral(hit)).isEqualTo("OPEN");
    var queue = new ApiClient(port).getAs(ADMIN, "/api/v1/screening/hits?status=OPEN&size=500");
    assertThat(queue.status()).as(queue.body()).isEqualTo(200);
    JsonNode shown = null;
    for (JsonNode h : queue.json()) {
      if (h.get("id").asString().equals(hit.toString())) {
        shown = h;
      }
    }
    assertThat(shown).as("the hit in central's queue").isNotNull();
    assertThat(shown.get("postId").asString()).isEqualTo(TestAccounts.AIRPORT.toString());
    assertThat(shown.get("list").asString()).isEqualTo(list);

    // read-only at central: the post's supervisors resolve it
    var atCentral =
        new ApiClient(port)
            .postAs(
                ADMIN,
                "/api/v1/screening/hits/" + hit + "/resolution",
                Map.of("status", "CONFIRMED", "reason", "seen at headquarters"));
    assertThat(atCentral.status()).as(atCentral.body()).isEqualTo(409);
    assertThat(atCentral.code()).isEqualTo("screening.hit_held_by_post");

    var resolved =
        new ApiClient(postPort)
            .post(
                TestAccounts.SECONDARY,
                "/api/v1/screening/hits/" + hit + "/resolution",
                Map.of("status", "FALSE_POSITIVE", "reason", "different person, checked at post"));
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    await(() -> "FALSE_POSITIVE".equals(statusAtCentral(hit)), MINUTE);
    assertThat(
            jdbc.sql("select resolved_by, resolution_reason from scr_hit where id = ?")
                .param(hit)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                .single())
        .isEqualTo(TestAccounts.SECONDARY + "|different person, checked at post");
    assertThat(count("select count(*) from scr_hit where id = ?", hit)).isOne();
  }

  @Test
  void aVisaOnArrivalAndAPassIssuedAtThePostAreFiledAtCentralOnce() throws Exception {
    String nationality = "Q" + letters(2);
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
                    30,
                    "validFrom",
                    "2020-01-01"));
    assertThat(rule.status()).as(rule.body()).isEqualTo(201);
    UUID ruleId = UUID.fromString(rule.json().get("id").asString());
    await(
        () -> count(postJdbc(), "select count(*) from vis_entry_rule where id = ?", ruleId) == 1,
        MINUTE);
    String number = Passports.nextNumber();
    ApiClient desk = new ApiClient(postPort);
    var inspection =
        desk.post(
            TestAccounts.OFFICER,
            "/api/v1/inspections",
            Map.of(
                "mrz",
                Passports.td3(
                    nationality,
                    number,
                    "Moreau",
                    "Lucie",
                    LocalDate.of(1990, 6, 1),
                    LocalDate.now().plusYears(5))));
    assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
    String traveller = inspection.json().get("traveller").get("id").asString();
    var voa =
        desk.post(
            TestAccounts.OFFICER,
            "/api/v1/visas/on-arrival",
            Map.of(
                "travellerId",
                traveller,
                "documentNumber",
                number,
                "feeReceipt",
                "R-UP-1",
                "purpose",
                "TOURISM"));
    assertThat(voa.status()).as(voa.body()).isEqualTo(201);
    UUID visa = UUID.fromString(voa.json().get("visa").get("id").asString());
    var pass = desk.post(TestAccounts.OFFICER, "/api/v1/passes", pass("BP-" + letters(8), null));
    assertThat(pass.status()).as(pass.body()).isEqualTo(201);
    UUID passId = UUID.fromString(pass.json().get("id").asString());

    await(() -> count("select count(*) from vis_pass where id = ?", passId) == 1, MINUTE);
    assertThat(
            jdbc.sql(
                    "select source || '|' || fee_receipt || '|' || created_by from vis_visa"
                        + " where id = ?")
                .param(visa)
                .query(String.class)
                .single())
        .as("the visa came before the pass (the post's order)")
        .isEqualTo("ON_ARRIVAL|R-UP-1|" + TestAccounts.OFFICER);
    assertThat(
            jdbc.sql("select traveller_id from vis_visa where id = ?")
                .param(visa)
                .query(UUID.class)
                .single())
        .isEqualTo(UUID.fromString(traveller));
  }

  @Test
  void aPassRolledBackAfterItsRecordLeavesNoOutboxRow() throws Exception {
    PermitService permits = post.getBean(PermitService.class);
    TransactionTemplate tx =
        new TransactionTemplate(post.getBean(PlatformTransactionManager.class));
    String lost = "RB-" + letters(8);
    UUID[] id = new UUID[1];
    long[] rowsInside = new long[1];
    assertThatThrownBy(
            () ->
                AdminActions.as(
                    post,
                    TestAccounts.OFFICER,
                    () ->
                        tx.execute(
                            s -> {
                              id[0] = permits.issuePass(pass(lost, null)).id();
                              rowsInside[0] =
                                  count(
                                      postJdbc(),
                                      "select count(*) from syn_outbox where record_id = ?",
                                      id[0]);
                              throw new IllegalStateException("a failure after the record");
                            })))
        .hasMessage("a failure after the record");
    assertThat(rowsInside[0]).as("the outbox row, written with the record").isOne();
    assertThat(count(postJdbc(), "select count(*) from vis_pass where id = ?", id[0])).isZero();
    assertThat(count(postJdbc(), "select count(*) from syn_outbox where record_id = ?", id[0]))
        .isZero();

    // a pass committed afterwards reaches central; the rolled back one never does
    String kept = "RB-" + letters(8);
    UUID keptId =
        AdminActions.as(
            post,
            TestAccounts.OFFICER,
            () -> tx.execute(s -> permits.issuePass(pass(kept, null)).id()));
    await(() -> count("select count(*) from vis_pass where id = ?", keptId) == 1, MINUTE);
    assertThat(count("select count(*) from vis_pass where pass_number = ?", lost)).isZero();
  }

  @Test
  void thePostsAuditEntriesArriveInOrderWithTheirChainVerifiedApartFromCentrals() throws Exception {
    String number = "AU-" + letters(8);
    UUID passId =
        UUID.fromString(
            new ApiClient(postPort)
                .post(TestAccounts.OFFICER, "/api/v1/passes", pass(number, null))
                .json()
                .get("id")
                .asString());
    // the entry of the pass, as chained at the post, is at central attributed to the post
    await(
        () ->
            count(
                    "select count(*) from syn_post_audit_event where post_id = ? and action ="
                        + " 'visa.pass_issued' and subject_id = ?",
                    TestAccounts.AIRPORT,
                    passId.toString())
                == 1,
        MINUTE);
    String atPost =
        postJdbc()
            .sql(
                "select seq || '|' || hash from shr_audit_event where action = 'visa.pass_issued'"
                    + " and subject_id = ?")
            .param(passId.toString())
            .query(String.class)
            .single();
    String atCentral =
        jdbc.sql(
                "select seq || '|' || hash || '|' || username || '|' || chain_state from"
                    + " syn_post_audit_event where subject_id = ?")
            .param(passId.toString())
            .query(String.class)
            .single();
    assertThat(atCentral).isEqualTo(atPost + "|" + TestAccounts.OFFICER + "|LINKED");
    assertThat(
            count("select count(*) from shr_audit_event where subject_id = ?", passId.toString()))
        .as("central's own log holds no post entry")
        .isZero();

    var v = chainAtCentral(TestAccounts.AIRPORT);
    assertThat(v.status()).as(v.body()).isEqualTo(200);
    assertThat(v.json().get("valid").asBoolean()).as(v.body()).isTrue();
    assertThat(v.json().get("firstSeq").asLong()).as("from the post's first entry").isEqualTo(1);
    assertThat(v.json().get("entries").asLong()).isEqualTo(v.json().get("lastSeq").asLong());
    assertThat(
            new ApiClient(port)
                .get(
                    TestAccounts.OFFICER,
                    "/api/v1/sync/posts/" + TestAccounts.AIRPORT + "/audit-chain")
                .status())
        .isEqualTo(403);
    assertThat(chainAtCentral(UUID.randomUUID()).status()).isEqualTo(404);
  }

  @Test
  void replayedRowsChangeNothingAndRowsOutOfOrderAreRefused() throws Exception {
    // rows as the post wrote them, sent again (a resend after a kill) in their order
    String number = "RP-" + letters(8);
    UUID passId =
        UUID.fromString(
            new ApiClient(postPort)
                .post(TestAccounts.OFFICER, "/api/v1/passes", pass(number, null))
                .json()
                .get("id")
                .asString());
    await(() -> count("select count(*) from vis_pass where id = ?", passId) == 1, MINUTE);
    await(
        () ->
            count(
                    "select count(*) from syn_post_audit_event where subject_id = ?",
                    passId.toString())
                == 1,
        MINUTE);
    List<BatchItem> items = new ArrayList<>();
    items.add(item(1, "pass", passId, post.getBean(IssuedTransfer.class).export("pass", passId)));
    AuditChained.Link link =
        postJdbc()
            .sql("select * from shr_audit_event where subject_id = ?")
            .param(passId.toString())
            .query(
                (rs, n) -> {
                  var e =
                      new AuditChain.Entry(
                          rs.getLong("seq"),
                          rs.getObject("id", UUID.class).toString(),
                          rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                          rs.getString("username"),
                          rs.getString("post_code"),
                          rs.getString("action"),
                          rs.getString("subject_type"),
                          rs.getString("subject_id"),
                          rs.getString("outcome"),
                          rs.getString("details"),
                          rs.getString("desk_code"));
                  return new AuditChained.Link(e, "", rs.getString("hash"));
                })
            .single();
    String previous =
        postJdbc()
            .sql("select hash from shr_audit_event where seq = ?")
            .param(link.entry().seq() - 1)
            .query(String.class)
            .single();
    link = new AuditChained.Link(link.entry(), previous, link.hash());
    items.add(item(2, "audit", UUID.fromString(link.entry().id()), link));
    long held = count("select count(*) from syn_post_audit_event");
    PostKey key = post.getBean(PostNode.class).key();
    var ack = send(new Batch(items), TestAccounts.AIRPORT, key);
    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
    JsonNode a = JSON.readTree(ack.body());
    assertThat(a.get("applied").asInt()).isZero();
    assertThat(a.get("duplicates").asInt()).isEqualTo(items.size());
    assertThat(count("select count(*) from vis_pass where pass_number = ?", number)).isOne();
    assertThat(count("select count(*) from syn_post_audit_event")).isEqualTo(held);

    // rows out of the post's order are refused whole
    var disordered =
        send(new Batch(List.of(items.get(1), items.get(0))), TestAccounts.AIRPORT, key);
    assertThat(disordered.statusCode()).isEqualTo(422);
    assertThat(disordered.body()).contains("sync.batch_out_of_order");
  }

  @Test
  void aPostChainThatDoesNotVerifyIsFlaggedAndCentralsOwnChainIsUntouched() throws Exception {
    PostKey land = enrolLandPost();

    long base = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000);
    String previous = "ab".repeat(32);
    List<AuditChained.Link> links = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      AuditChain.Entry e =
          new AuditChain.Entry(
              base + i,
              UUID.randomUUID().toString(),
              Instant.now().truncatedTo(ChronoUnit.MICROS),
              TestAccounts.LAND_OFFICER,
              "UTO-LND",
              "traveller.read",
              "traveller",
              UUID.randomUUID().toString(),
              "SUCCESS",
              "entry " + i,
              null);
      String hash = AuditChain.hash(previous, e);
      links.add(new AuditChained.Link(e, previous, hash));
      previous = hash;
    }
    // the third entry's details changed after it was chained at the post
    AuditChain.Entry t = links.get(2).entry();
    links.set(
        2,
        new AuditChained.Link(
            new AuditChain.Entry(
                t.seq(),
                t.id(),
                t.occurredAt(),
                t.username(),
                t.postCode(),
                t.action(),
                t.subjectType(),
                t.subjectId(),
                t.outcome(),
                "altered",
                t.deskCode()),
            links.get(2).previousHash(),
            links.get(2).hash()));
    List<BatchItem> items = new ArrayList<>();
    for (AuditChained.Link l : links) {
      items.add(item(l.entry().seq(), "audit", UUID.fromString(l.entry().id()), l));
    }
    var ack = send(new Batch(items), TestAccounts.LAND_POST, land);
    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
    assertThat(JSON.readTree(ack.body()).get("applied").asInt())
        .as("kept all the same: nothing a post sent is dropped")
        .isEqualTo(4);
    List<String> states =
        jdbc.sql(
                "select chain_state from syn_post_audit_event where post_id = ? and seq >= ?"
                    + " order by seq")
            .params(TestAccounts.LAND_POST, base)
            .query(String.class)
            .list();
    assertThat(states).containsExactly("FIRST", "LINKED", "BROKEN", "LINKED");
    var v = chainAtCentral(TestAccounts.LAND_POST);
    assertThat(v.status()).as(v.body()).isEqualTo(200);
    assertThat(v.json().get("valid").asBoolean()).isFalse();
    assertThat(v.json().get("brokenAt").asLong()).isEqualTo(base + 2);
    assertThat(
            count(
                "select count(*) from shr_audit_event where action ="
                    + " 'sync.post_audit_chain_broken' and subject_id = ?",
                TestAccounts.LAND_POST.toString()))
        .isPositive();

    for (AuditChained.Link l : links) {
      assertThat(
              count(
                  "select count(*) from shr_audit_event where id = ?",
                  UUID.fromString(l.entry().id())))
          .as("central's own log holds no post entry")
          .isZero();
    }
  }

  /** The land post, enrolled with a key of the test's (central's side only). */
  private PostKey enrolLandPost() throws Exception {
    PostKey land = PostKey.create(folder);
    var code =
        new ApiClient(port)
            .postAs(
                ADMIN, "/api/v1/admin/posts/" + TestAccounts.LAND_POST + "/enrolment-codes", "{}");
    var enrolled =
        raw.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SyncPaths.ENROLMENT))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        JSON.writeValueAsBytes(
                            new SyncMessages.EnrolmentRequest(
                                code.json().get("code").asString(), land.publicJwk()))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
    return land;
  }

  @Test
  void aHitsResolutionIsTakenOnceAndAnOlderStateDoesNotReopenIt() throws Exception {
    PostKey land = enrolLandPost();
    UUID id = UUID.randomUUID();
    UUID traveller = UUID.randomUUID();
    HitTransfer.HitRecord open = hit(id, traveller, "OPEN", null, null, null);
    HitTransfer.HitRecord resolved =
        hit(
            id,
            traveller,
            "CONFIRMED",
            TestAccounts.LAND_SUPERVISOR,
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            "the listed person");
    long seq = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000);
    var first =
        send(
            new Batch(List.of(item(seq, "hit", id, open), item(seq + 1, "hit", id, resolved))),
            TestAccounts.LAND_POST,
            land);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(JSON.readTree(first.body()).get("applied").asInt()).isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "select status || '|' || resolved_by || '|' || post_id from scr_hit where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("CONFIRMED|" + TestAccounts.LAND_SUPERVISOR + "|" + TestAccounts.LAND_POST);

    // the same rows again, then the older state alone: nothing changes
    var again =
        send(
            new Batch(List.of(item(seq, "hit", id, open), item(seq + 1, "hit", id, resolved))),
            TestAccounts.LAND_POST,
            land);
    assertThat(JSON.readTree(again.body()).get("duplicates").asInt()).isEqualTo(2);
    var older =
        send(new Batch(List.of(item(seq + 2, "hit", id, open))), TestAccounts.LAND_POST, land);
    assertThat(JSON.readTree(older.body()).get("applied").asInt()).isZero();
    assertThat(
            jdbc.sql("select status from scr_hit where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("CONFIRMED");
    assertThat(count("select count(*) from scr_hit where id = ?", id)).isOne();

    // a row that is not what it says it is: refused whole, nothing filed
    UUID other = UUID.randomUUID();
    var wrong =
        send(
            new Batch(
                List.of(
                    item(
                        seq + 3,
                        "hit",
                        other,
                        hit(UUID.randomUUID(), traveller, "OPEN", null, null, null)))),
            TestAccounts.LAND_POST,
            land);
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(wrong.body()).contains("sync.payload_invalid");
  }

  private ApiClient.Response chainAtCentral(UUID postId) {
    return new ApiClient(port).getAs(ADMIN, "/api/v1/sync/posts/" + postId + "/audit-chain");
  }

  private String statusAtCentral(UUID hit) {
    return jdbc.sql("select status from scr_hit where id = ? and received_from = ?")
        .params(hit, TestAccounts.AIRPORT)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private long count(String sql, Object... params) {
    return count(jdbc, sql, params);
  }

  private static long count(JdbcClient on, String sql, Object... params) {
    return on.sql(sql).params(params).query(Long.class).single();
  }

  private HttpResponse<String> send(Batch batch, UUID postId, PostKey k) throws Exception {
    byte[] body = CentralClient.gzip(JSON.writeValueAsBytes(batch));
    return raw.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SyncPaths.BATCHES))
            .header("Content-Type", "application/json")
            .header("Content-Encoding", "gzip")
            .header("Authorization", "Bearer " + k.sign(postId, body, Instant.now()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
