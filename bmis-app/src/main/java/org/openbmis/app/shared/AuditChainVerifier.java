package org.openbmis.app.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AuditHeadSigner.SignedHead;
import org.openbmis.app.shared.AuditVerification.Break;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the audit chain (ADR 0010): reads every entry in sequence order (streamed), recomputes
 * each hash from the entry's fields and the previous hash, and reports the first place where the
 * stored chain differs; then checks the chain's head and every signed head (table and files)
 * against the chain, so that a chain rewritten with recomputed hashes still shows.
 */
@Service
public class AuditChainVerifier {

  private static final String ENTRIES =
      "select seq, hash, id, occurred_at, username, post_code, action, subject_type, subject_id,"
          + " outcome, details, desk_code from shr_audit_event where seq is not null order by seq";

  private final JdbcTemplate jdbc;
  private final AuditHeadSigner signer;
  private final AuditChainWriter writer;
  private final Clock clock;

  AuditChainVerifier(
      JdbcTemplate jdbc, AuditHeadSigner signer, AuditChainWriter writer, Clock clock) {
    this.jdbc = jdbc;
    this.writer = writer;
    this.signer = signer;
    this.clock = clock;
  }

  /**
   * Verifies the whole chain and the signed heads, after chaining the entries committed so far. An
   * entry still unchained a minute after it was written means the chaining stopped: a break.
   */
  @Transactional(readOnly = true)
  public AuditVerification verify() {
    writer.chainPending();
    Walk walk = new Walk();
    jdbc.query(
        con -> {
          var ps = con.prepareStatement(ENTRIES);
          ps.setFetchSize(1000);
          return ps;
        },
        walk);
    Break first = walk.firstBreak;
    Long unchained =
        jdbc.queryForObject(
            "select count(*) from shr_audit_event where seq is null and occurred_at < ?",
            Long.class,
            OffsetDateTime.ofInstant(clock.instant().minusSeconds(60), java.time.ZoneOffset.UTC));
    if (first == null && unchained != null && unchained > 0) {
      first = new Break(walk.seq + 1, "audit.unchained_entries", "0", unchained.toString(), null);
    }
    List<Map<String, Object>> head =
        jdbc.queryForList("select seq, hash from shr_audit_chain_head where id = 1");
    if (first == null && !head.isEmpty()) {
      long headSeq = ((Number) head.get(0).get("seq")).longValue();
      String headHash = (String) head.get(0).get("hash");
      if (headSeq != walk.seq || !headHash.equals(walk.previous)) {
        first =
            new Break(
                Math.min(headSeq, walk.seq) + 1,
                "audit.head_mismatch",
                headSeq + " " + headHash,
                walk.seq + " " + walk.previous,
                null);
      }
    }
    int checked = 0;
    for (SignedHead s : signer.signedHeads()) {
      if (!signer.ofThisNode(s)) {
        continue;
      }
      checked++;
      Break b = check(s, walk);
      if (b != null && (first == null || b.sequence() < first.sequence())) {
        first = b;
      }
    }
    return new AuditVerification(
        first == null, walk.count, walk.seq, walk.previous, checked, first, clock.instant());
  }

  private @Nullable Break check(SignedHead s, Walk walk) {
    if (!signer.valid(s)) {
      return new Break(s.sequence(), "audit.signature_invalid", s.signature(), "", null);
    }
    String hash = s.sequence() == 0 ? AuditChain.GENESIS : walk.hashes.get(s.sequence());
    if (!s.hash().equals(hash)) {
      return new Break(
          s.sequence(),
          "audit.signed_head_mismatch",
          s.hash() + " (signed " + s.signedAt() + ")",
          hash == null ? "no entry" : hash,
          null);
    }
    return null;
  }

  /** The walk along the chain: the previous hash, and the hashes the signed heads need. */
  private final class Walk implements RowCallbackHandler {
    long seq;
    long count;
    String previous = AuditChain.GENESIS;
    @Nullable Break firstBreak;
    final Map<Long, String> hashes = new HashMap<>();
    final java.util.Set<Long> signed = new java.util.HashSet<>();

    Walk() {
      for (SignedHead s : signer.signedHeads()) {
        signed.add(s.sequence());
      }
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
      long n = rs.getLong("seq");
      String stored = rs.getString("hash");
      String id = rs.getString("id");
      count++;
      if (firstBreak == null && n != seq + 1) {
        firstBreak = new Break(seq + 1, "audit.sequence_gap", Long.toString(seq + 1), "" + n, id);
      }
      String computed = AuditChain.hash(previous, entry(n, rs));
      if (firstBreak == null && !computed.equals(stored)) {
        firstBreak = new Break(n, "audit.entry_altered", computed, stored, id);
      }
      if (signed.contains(n)) {
        hashes.put(n, stored);
      }
      seq = n;
      previous = stored;
    }
  }

  private static AuditChain.Entry entry(long seq, ResultSet rs) throws SQLException {
    return new AuditChain.Entry(
        seq,
        rs.getString("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("username"),
        rs.getString("post_code"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("outcome"),
        rs.getString("details"),
        rs.getString("desk_code"));
  }
}
