package org.openbmis.app.sync;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openbmis.app.movement.MovementTransfer;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.sync.SyncMessages.Batch;
import org.openbmis.app.sync.SyncMessages.BatchAck;
import org.openbmis.app.sync.SyncMessages.BatchItem;
import org.openbmis.app.sync.SyncMessages.MovementPayload;
import org.openbmis.app.traveller.TravellerTransfer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a post's batch at central in one transaction, idempotently by the records' UUIDs: a
 * movement already held is counted as a duplicate, not inserted again. A traveller whose document
 * central already holds is resolved to central's traveller, with a merge record. The answer
 * acknowledges every row of the batch, which the post may then forget.
 */
@Service
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "central")
class BatchApplier {

  private final MovementTransfer movements;
  private final TravellerTransfer travellers;
  private final CentralPostRepository posts;
  private final AuditLog audit;
  private final JsonMapper json;
  private final Clock clock;
  private final MeterRegistry meters;
  private final RecordsApplier records;

  BatchApplier(
      MovementTransfer movements,
      TravellerTransfer travellers,
      CentralPostRepository posts,
      AuditLog audit,
      JsonMapper json,
      Clock clock,
      MeterRegistry meters,
      RecordsApplier records) {
    this.records = records;
    this.movements = movements;
    this.travellers = travellers;
    this.posts = posts;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
    this.meters = meters;
  }

  @Transactional
  BatchAck apply(UUID postId, Batch batch) {
    Instant now = clock.instant();
    long last = 0;
    int applied = 0;
    int duplicates = 0;
    for (BatchItem item : batch.items()) {
      if (item.seq() <= last) {
        throw new InvalidInputProblem(
            "sync.batch_out_of_order", "A batch must be in the post's sequence order.");
      }
      last = item.seq();
      boolean movement = "movement".equals(item.kind());
      if (!movement && !RecordsApplier.files(item.kind())) {
        throw new InvalidInputProblem("sync.kind_unknown", "Unknown record kind: " + item.kind());
      }
      if (movement ? applyMovement(postId, item, now) : records.apply(postId, item, now)) {
        applied++;
        meters.counter("bmis.sync.applied", "kind", item.kind()).increment();
      } else {
        duplicates++;
        meters.counter("bmis.sync.duplicates", "kind", item.kind()).increment();
      }
    }
    posts.contact(postId, now, last, applied);
    if (!batch.items().isEmpty()) {
      audit.record(
          "post:" + postId,
          null,
          "sync.batch_applied",
          "post",
          postId,
          AuditLog.Outcome.SUCCESS,
          "records " + applied + ", already held " + duplicates + ", up to sequence " + last);
    }
    return new BatchAck(last, applied, duplicates);
  }

  private boolean applyMovement(UUID postId, BatchItem item, Instant now) {
    MovementPayload p;
    try {
      p = json.readValue(item.payload(), MovementPayload.class);
    } catch (JacksonException e) {
      throw new InvalidInputProblem(
          "sync.payload_invalid", "Row " + item.seq() + " is unreadable.");
    }
    if (p.movement() == null
        || p.traveller() == null
        || !p.movement().id().equals(item.id())
        || !p.movement().postId().equals(postId)) {
      throw new InvalidInputProblem(
          "sync.payload_invalid", "Row " + item.seq() + " is not a movement of this post.");
    }
    UUID postTraveller = p.traveller().id();
    UUID mergedBefore = posts.mergedInto(postTraveller).orElse(null);
    TravellerTransfer.Resolved resolved =
        travellers.importFromPost(p.traveller(), postId, mergedBefore);
    if (mergedBefore == null && !resolved.travellerId().equals(postTraveller)) {
      posts.merge(postTraveller, resolved.travellerId(), postId, "same_document", now);
      records.travellerMerged(postTraveller, resolved.travellerId());
      audit.record(
          "post:" + postId,
          null,
          "sync.traveller_merged",
          "traveller",
          resolved.travellerId(),
          AuditLog.Outcome.SUCCESS,
          "merged " + postTraveller);
    }
    return movements.importFromPost(p.movement(), resolved.travellerId(), resolved.documentId());
  }
}
