package org.openbmis.app.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.screening.HitTransfer;
import org.openbmis.app.shared.AuditChained;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.sync.SyncMessages.BatchItem;
import org.openbmis.app.visa.IssuedTransfer;
import org.openbmis.app.visa.PermitOrVisaIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files at central, by UUID and once, the records a post sends besides movements (ADR 0025): hits
 * (raised, then resolved), visas on arrival, permits, passes and audit entries. Called by {@link
 * BatchApplier} inside the batch's transaction.
 */
@Component
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "central")
class RecordsApplier {

  private static final Logger log = LoggerFactory.getLogger(RecordsApplier.class);

  private final HitTransfer hits;
  private final IssuedTransfer issued;
  private final PostAuditChains audits;
  private final CentralPostRepository posts;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final JsonMapper json;

  RecordsApplier(
      HitTransfer hits,
      IssuedTransfer issued,
      PostAuditChains audits,
      CentralPostRepository posts,
      JdbcClient jdbc,
      AuditLog audit,
      JsonMapper json) {
    this.hits = hits;
    this.issued = issued;
    this.audits = audits;
    this.posts = posts;
    this.jdbc = jdbc;
    this.audit = audit;
    this.json = json;
  }

  /** Whether this class files rows of {@code kind}. */
  static boolean files(String kind) {
    return switch (kind) {
      case RecordsOutbox.HIT,
          RecordsOutbox.AUDIT,
          PermitOrVisaIssued.VISA,
          PermitOrVisaIssued.PERMIT,
          PermitOrVisaIssued.PASS ->
          true;
      default -> false;
    };
  }

  /** Files one row; false when central already held it as sent (a replay). */
  boolean apply(UUID postId, BatchItem item, Instant now) {
    return switch (item.kind()) {
      case RecordsOutbox.HIT -> hit(postId, item);
      case RecordsOutbox.AUDIT -> auditEntry(postId, item, now);
      default -> issued(postId, item, now);
    };
  }

  /** A post's traveller merged into central's: the hits filed under it follow. */
  void travellerMerged(UUID merged, UUID surviving) {
    hits.travellerMerged(merged, surviving);
  }

  private boolean hit(UUID postId, BatchItem item) {
    HitTransfer.HitRecord h = read(item, HitTransfer.HitRecord.class);
    if (h.id() == null || !h.id().equals(item.id()) || h.travellerId() == null) {
      throw invalid(item, "is not a hit");
    }
    if (h.postId() != null && !h.postId().equals(postId)) {
      // a hit handed over from another post (ADR 0025): filed as this post's, which holds it now
      log.info("Hit {} of post {} arrived from post {}", h.id(), h.postId(), postId);
    }
    UUID traveller = posts.mergedInto(h.travellerId()).orElse(h.travellerId());
    return hits.importFromPost(h, postId, traveller) != HitTransfer.Applied.ALREADY_HELD;
  }

  private boolean issued(UUID postId, BatchItem item, Instant now) {
    IssuedTransfer.IssuedRecord r = read(item, IssuedTransfer.IssuedRecord.class);
    if (!item.kind().equals(r.kind()) || !r.complete() || !r.id().equals(item.id())) {
      throw invalid(item, "is not a " + item.kind());
    }
    UUID holder = r.travellerId();
    UUID traveller = holder == null ? null : posts.mergedInto(holder).orElse(holder);
    return switch (issued.importFromPost(r, traveller)) {
      case INSERTED -> true;
      case ALREADY_HELD -> false;
      case NUMBER_TAKEN -> hold(postId, item, "number held by another record", now);
    };
  }

  private boolean auditEntry(UUID postId, BatchItem item, Instant now) {
    AuditChained.Link link = read(item, AuditChained.Link.class);
    if (link.entry() == null
        || link.hash() == null
        || link.previousHash() == null
        || !item.id().toString().equalsIgnoreCase(link.entry().id())) {
      throw invalid(item, "is not an audit entry");
    }
    Optional<PostAuditChains.State> state = audits.file(postId, link, now);
    if (state.isPresent() && state.get() == PostAuditChains.State.BROKEN) {
      log.warn("Post {}'s audit chain does not verify at its entry {}", postId, link.entry().seq());
      audit.record(
          "post:" + postId,
          null,
          "sync.post_audit_chain_broken",
          "post",
          postId,
          AuditLog.Outcome.FAILURE,
          "entry " + link.entry().seq());
    }
    return state.isPresent();
  }

  /** Keeps a record central cannot file for an administrator (audited); counted as applied. */
  private boolean hold(UUID postId, BatchItem item, String reason, Instant now) {
    int kept =
        jdbc.sql(
                "insert into syn_held_record (kind, record_id, post_id, reason, payload,"
                    + " received_at) select ?, ?, ?, ?, ?, ? where not exists (select 1 from"
                    + " syn_held_record where kind = ? and record_id = ?)")
            .params(
                item.kind(),
                item.id(),
                postId,
                reason,
                item.payload(),
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                item.kind(),
                item.id())
            .update();
    if (kept == 1) {
      audit.record(
          "post:" + postId,
          null,
          "sync.record_held",
          item.kind(),
          item.id(),
          AuditLog.Outcome.FAILURE,
          reason);
    }
    return kept == 1;
  }

  private <T> T read(BatchItem item, Class<T> type) {
    try {
      T value = json.readValue(item.payload(), type);
      if (value == null) {
        throw invalid(item, "is empty");
      }
      return value;
    } catch (JacksonException e) {
      throw invalid(item, "is unreadable");
    }
  }

  private static InvalidInputProblem invalid(BatchItem item, @Nullable String what) {
    return new InvalidInputProblem("sync.payload_invalid", "Row " + item.seq() + " " + what + ".");
  }
}
