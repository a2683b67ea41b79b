package org.openbmis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.shared.AuditLog.Outcome;
import org.openbmis.app.shared.AuditVerification.Break;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The tamper-evident audit chain (ADR 0010) on each database: a chain written by concurrent
 * requests verifies; an entry changed behind the application's back is reported at its sequence
 * number; a chain rewritten with every hash recomputed is caught by a signed head. Each tampering
 * test puts the rows back, so the shared context's chain stays intact for the other tests.
 */
abstract class AuditChainContract {

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired AuditChainVerifier verifier;
  @Autowired AuditHeadSigner signer;
  @Autowired AuditChainWriter writer;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired WebApplicationContext context;

  /** Runs SQL as a database administrator would: past the append-only trigger, if any. */
  abstract void asDatabaseAdministrator(Runnable sql);

  @Test
  void aChainWrittenByConcurrentRequestsVerifies() throws Exception {
    concurrently(200, this::record3);
    concurrently(200, this::insert3Unchained);
    long chained = concurrently(400, this::record3);
    long unchained = concurrently(400, this::insert3Unchained);
    System.out.printf(
        "audit chain: %d µs per request of three entries (8 threads); without the chain: %d µs%n",
        chained, unchained);
    AuditVerification v = verifier.verify();
    assertThat(v.firstBreak()).isNull();
    assertThat(v.intact()).isTrue();
    assertThat(v.lastSequence()).isEqualTo(v.entries()).isGreaterThanOrEqualTo(1800);
  }

  void record3() {
    tx.executeWithoutResult(
        s -> {
          for (int k = 0; k < 3; k++) {
            audit.record("test.concurrent", "test", k, Outcome.SUCCESS, "k=" + k);
          }
        });
  }

  /** The same request inserting three rows into a table of the same shape, unchained. */
  void insert3Unchained() {
    tx.executeWithoutResult(
        s ->
            jdbc.sql(
                    "insert into tst_unchained values (?, ?, 'test', 'k=0'), (?, ?, 'test', 'k=1'),"
                        + " (?, ?, 'test', 'k=2')")
                .params(
                    UUID.randomUUID(),
                    OffsetDateTime.now(),
                    UUID.randomUUID(),
                    OffsetDateTime.now(),
                    UUID.randomUUID(),
                    OffsetDateTime.now())
                .update());
  }

  /** Runs the requests on 8 threads; the wall-clock microseconds per request. */
  long concurrently(int requests, Runnable request) throws Exception {
    jdbc.sql(
            "create table if not exists tst_unchained (id uuid, occurred_at timestamp with time"
                + " zone, action varchar(64), details varchar(1000))")
        .update();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < requests; i++) {
      done.add(pool.submit(request));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    return (System.nanoTime() - start) / 1000 / requests;
  }

  @Test
  void anEntryChangedInTheDatabaseIsReportedAtItsSequence() {
    String subject = UUID.randomUUID().toString();
    audit.record("test.entry", "test", subject, Outcome.SUCCESS, "original");
    audit.record("test.entry", "test", "after", Outcome.SUCCESS, null);
    long seq = seqOf(subject);
    asDatabaseAdministrator(() -> setDetails(seq, "rewritten"));
    try {
      Break b = verifier.verify().firstBreak();
      assertThat(b).isNotNull();
      assertThat(b.sequence()).isEqualTo(seq);
      assertThat(b.code()).isEqualTo("audit.entry_altered");
      assertThat(b.entryId()).isNotNull();
    } finally {
      asDatabaseAdministrator(() -> setDetails(seq, "original"));
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void theDeskIsChainedAndAnEntryWithoutOneHashesAsBefore() {
    String subject = UUID.randomUUID().toString();
    Actor officer =
        new Actor(
            UUID.randomUUID(),
            "officer.desk",
            java.util.Set.of(Role.OFFICER),
            TestAccounts.AIRPORT,
            "UTO-AIR",
            TestAccounts.AIRPORT_DESK_2,
            "A02");
    ActorHolder holder = () -> officer;
    SecurityContextHolder.getContext()
        .setAuthentication(new UsernamePasswordAuthenticationToken(holder, null, List.of()));
    try {
      audit.record("test.entry", "test", subject, Outcome.SUCCESS, "at a desk");
    } finally {
      SecurityContextHolder.clearContext();
    }
    writer.chainPending();
    assertThat(
            jdbc.sql("select desk_code from shr_audit_event where subject_id = ?")
                .param(subject)
                .query(String.class)
                .single())
        .isEqualTo("A02");
    assertThat(verifier.verify().intact()).isTrue();
    long seq = seqOf(subject);
    asDatabaseAdministrator(() -> setDesk(seq, "A01"));
    try {
      Break b = verifier.verify().firstBreak();
      assertThat(b).isNotNull();
      assertThat(b.sequence()).isEqualTo(seq);
      assertThat(b.code()).isEqualTo("audit.entry_altered");
      asDatabaseAdministrator(() -> setDesk(seq, null));
      assertThat(verifier.verify().firstBreak()).isNotNull(); // the desk removed: also caught
    } finally {
      asDatabaseAdministrator(() -> setDesk(seq, "A02"));
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  void setDesk(long seq, String desk) {
    jdbc.sql("update shr_audit_event set desk_code = ? where seq = ?").params(desk, seq).update();
  }

  @Test
  void aRewrittenChainIsCaughtByTheSignedHead() {
    String subject = UUID.randomUUID().toString();
    audit.record("test.entry", "test", subject, Outcome.SUCCESS, "original");
    AuditHeadSigner.SignedHead head = signer.signHead();
    audit.record("test.entry", "test", "later", Outcome.SUCCESS, null);
    long seq = seqOf(subject);
    List<Object[]> before = hashesFrom(seq);
    asDatabaseAdministrator(
        () -> {
          setDetails(seq, "rewritten");
          rehashFrom(seq);
        });
    try {
      AuditVerification v = verifier.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBreak().code()).isEqualTo("audit.signed_head_mismatch");
      assertThat(v.firstBreak().sequence()).isEqualTo(head.sequence());
    } finally {
      asDatabaseAdministrator(
          () -> {
            setDetails(seq, "original");
            for (Object[] r : before) {
              jdbc.sql("update shr_audit_event set hash = ? where seq = ?")
                  .params(r[1], r[0])
                  .update();
            }
            rehashHead();
          });
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void administratorsVerifyThroughTheApi() {
    ApiClient api = new ApiClient(port);
    var r = api.get(TestAccounts.ADMIN, "/api/v1/admin/audit/verification");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("intact").asBoolean()).isTrue();
    assertThat(api.get(TestAccounts.SUPERVISOR, "/api/v1/admin/audit/verification").status())
        .isEqualTo(403);
    assertThat(api.getText(TestAccounts.ADMIN, "/api/v1/admin/audit/public-key").body())
        .contains("BEGIN PUBLIC KEY");
  }

  @Test
  void theVerificationScreenShowsWhereTheChainBreaks() throws Exception {
    MockMvc mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    var as = user(TestAccounts.ADMIN).roles("ADMIN");
    var intact = mvc.perform(get("/admin/audit/verification").with(as)).andReturn().getResponse();
    assertThat(intact.getStatus()).isEqualTo(200);
    assertThat(intact.getContentAsString())
        .contains("id=\"chain-intact\"")
        .contains("BEGIN PUBLIC KEY");
    String subject = UUID.randomUUID().toString();
    audit.record("test.entry", "test", subject, Outcome.SUCCESS, "original");
    long seq = seqOf(subject);
    asDatabaseAdministrator(() -> setDetails(seq, "rewritten"));
    try {
      var broken = mvc.perform(get("/admin/audit/verification").with(as)).andReturn().getResponse();
      assertThat(broken.getContentAsString())
          .contains("id=\"chain-broken\"")
          .contains("sequence number " + seq)
          .contains("does not match its hash");
    } finally {
      asDatabaseAdministrator(() -> setDetails(seq, "original"));
    }
  }

  long seqOf(String subject) {
    writer.chainPending();
    return jdbc.sql("select seq from shr_audit_event where subject_id = ?")
        .param(subject)
        .query(Long.class)
        .single();
  }

  void setDetails(long seq, String details) {
    jdbc.sql("update shr_audit_event set details = ? where seq = ?").params(details, seq).update();
  }

  List<Object[]> hashesFrom(long seq) {
    return jdbc.sql("select seq, hash from shr_audit_event where seq >= ? order by seq")
        .param(seq)
        .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
        .list();
  }

  /** What an attacker who knows the algorithm does: recompute every hash from seq on. */
  void rehashFrom(long seq) {
    String previous =
        jdbc.sql("select hash from shr_audit_event where seq = ?")
            .param(seq - 1)
            .query(String.class)
            .optional()
            .orElse(AuditChain.GENESIS);
    List<AuditChain.Entry> entries =
        jdbc.sql(
                "select seq, id, occurred_at, username, post_code, action, subject_type,"
                    + " subject_id, outcome, details, desk_code from shr_audit_event where seq >= ?"
                    + " order by seq")
            .param(seq)
            .query(
                (rs, n) ->
                    new AuditChain.Entry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11)))
            .list();
    for (AuditChain.Entry e : entries) {
      previous = AuditChain.hash(previous, e);
      jdbc.sql("update shr_audit_event set hash = ? where seq = ?")
          .params(previous, e.seq())
          .update();
    }
    rehashHead();
  }

  void rehashHead() {
    jdbc.sql(
            "update shr_audit_chain_head set hash = (select hash from shr_audit_event where seq ="
                + " (select max(seq) from shr_audit_event)) where id = 1")
        .update();
  }
}
