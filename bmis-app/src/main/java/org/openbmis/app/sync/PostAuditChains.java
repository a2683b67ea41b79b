package org.openbmis.app.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AuditChain;
import org.openbmis.app.shared.AuditChained;
import org.openbmis.app.shared.NotFoundProblem;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Central's copy of each post's audit log (ADR 0025), in {@code syn_post_audit_event}, apart from
 * central's own chained log: every entry keeps the post's sequence number, previous hash and hash.
 * On arrival its hash is recomputed and its link to the entry before it checked; {@link #verify}
 * walks a post's whole chain again.
 */
@Component
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "central")
public class PostAuditChains {

  /** How an entry stands in its post's chain as central holds it. */
  enum State {
    LINKED,
    FIRST,
    BROKEN
  }

  /** A post's chain as central holds it: {@code brokenAt} is the first bad sequence number. */
  public record Verification(
      UUID postId,
      long entries,
      long firstSeq,
      long lastSeq,
      boolean valid,
      @Nullable Long brokenAt) {}

  private final JdbcClient jdbc;

  PostAuditChains(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Files an entry; empty when central already holds it, else its state in the chain. */
  Optional<State> file(UUID postId, AuditChained.Link link, Instant now) {
    AuditChain.Entry e = link.entry();
    UUID id = UUID.fromString(e.id());
    if (jdbc.sql("select count(*) from syn_post_audit_event where id = ?")
            .param(id)
            .query(Long.class)
            .single()
        > 0) {
      return Optional.empty();
    }
    String chain = chainOf(postId);
    State state = state(postId, chain, link);
    jdbc.sql(
            """
            insert into syn_post_audit_event (id, post_id, key_id, seq, occurred_at, username,
              post_code, desk_code, action, subject_type, subject_id, outcome, details,
              previous_hash, hash, chain_state, received_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            postId,
            chain,
            e.seq(),
            utc(e.occurredAt()),
            e.username(),
            e.postCode(),
            e.deskCode(),
            e.action(),
            e.subjectType(),
            e.subjectId(),
            e.outcome(),
            e.details(),
            link.previousHash(),
            link.hash(),
            state.name(),
            utc(now))
        .update();
    return Optional.of(state);
  }

  /**
   * The post's current chain: the key it enrolled with. A post installed again (a new PC, a
   * restored disk) enrols with a new key and its audit log starts again at 1; that is a new chain,
   * kept beside the old one, not a conflict with it.
   */
  private String chainOf(UUID postId) {
    return jdbc.sql("select key_id from syn_post where post_id = ?")
        .param(postId)
        .query(String.class)
        .optional()
        .orElse("-");
  }

  private State state(UUID postId, String chain, AuditChained.Link link) {
    if (!AuditChain.hash(link.previousHash(), link.entry()).equals(link.hash())) {
      return State.BROKEN;
    }
    long seq = link.entry().seq();
    Optional<String> before =
        jdbc.sql(
                "select hash from syn_post_audit_event where post_id = ? and key_id = ? and seq"
                    + " = ?")
            .params(postId, chain, seq - 1)
            .query(String.class)
            .optional();
    if (before.isPresent()) {
      return before.get().equals(link.previousHash()) ? State.LINKED : State.BROKEN;
    }
    if (seq == 1) {
      return AuditChain.GENESIS.equals(link.previousHash()) ? State.LINKED : State.BROKEN;
    }
    return State.FIRST;
  }

  /**
   * Recomputes every hash of the post's entries (of its current chain, see {@link #chainOf}) in
   * sequence order and checks each link: the chain is valid when every entry hashes to its stored
   * hash and follows the one before it (a gap is allowed only before the first entry central
   * holds).
   */
  @PreAuthorize("hasRole('ADMIN')")
  public Verification verify(UUID postId) {
    if (jdbc.sql("select count(*) from syn_post where post_id = ?")
            .param(postId)
            .query(Long.class)
            .single()
        == 0) {
      throw new NotFoundProblem("sync.post_unknown", "No post with this id is enrolled.");
    }
    List<AuditChained.Link> links =
        jdbc.sql("select * from syn_post_audit_event where post_id = ? and key_id = ? order by seq")
            .params(postId, chainOf(postId))
            .query(
                (rs, n) ->
                    new AuditChained.Link(
                        new AuditChain.Entry(
                            rs.getLong("seq"),
                            rs.getObject("id", UUID.class).toString(),
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                            rs.getString("username"),
                            rs.getString("post_code"),
                            rs.getString("action"),
                            rs.getString("subject_type"),
                            rs.getString("subject_id"),
                            rs.getString("outcome"),
                            rs.getString("details"),
                            rs.getString("desk_code")),
                        rs.getString("previous_hash"),
                        rs.getString("hash")))
            .list();
    Long broken = null;
    AuditChained.Link previous = null;
    for (AuditChained.Link l : links) {
      boolean ok = AuditChain.hash(l.previousHash(), l.entry()).equals(l.hash());
      if (previous != null) {
        ok &=
            l.entry().seq() == previous.entry().seq() + 1
                && l.previousHash().equals(previous.hash());
      } else if (l.entry().seq() == 1) {
        ok &= AuditChain.GENESIS.equals(l.previousHash());
      }
      if (!ok) {
        broken = l.entry().seq();
        break;
      }
      previous = l;
    }
    return new Verification(
        postId,
        links.size(),
        links.isEmpty() ? 0 : links.get(0).entry().seq(),
        links.isEmpty() ? 0 : links.get(links.size() - 1).entry().seq(),
        broken == null,
        broken);
  }

  private static OffsetDateTime utc(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
