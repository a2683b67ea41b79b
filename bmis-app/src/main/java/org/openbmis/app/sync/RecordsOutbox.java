package org.openbmis.app.sync;

import java.util.UUID;
import org.openbmis.app.screening.HitRecorded;
import org.openbmis.app.screening.HitTransfer;
import org.openbmis.app.shared.AuditChained;
import org.openbmis.app.visa.IssuedTransfer;
import org.openbmis.app.visa.PermitOrVisaIssued;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a post records besides movements, into the same outbox and in the transaction that wrote it
 * (ADR 0025): hits as raised and as resolved, visas on arrival, permits and passes, and audit
 * entries as chained (the chaining transaction, so that the post's sequence number and hash go up
 * with each entry). A rollback takes the outbox row with the record.
 */
@Component
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "post")
class RecordsOutbox {

  static final String HIT = "hit";
  static final String AUDIT = "audit";

  private final Outbox outbox;
  private final HitTransfer hits;
  private final IssuedTransfer issued;

  RecordsOutbox(Outbox outbox, HitTransfer hits, IssuedTransfer issued) {
    this.outbox = outbox;
    this.hits = hits;
    this.issued = issued;
  }

  @EventListener
  void on(HitRecorded event) {
    outbox.add(HIT, event.hitId(), hits.export(event.hitId()));
  }

  @EventListener
  void on(PermitOrVisaIssued event) {
    outbox.add(event.kind(), event.id(), issued.export(event.kind(), event.id()));
  }

  @EventListener
  void on(AuditChained event) {
    for (AuditChained.Link link : event.links()) {
      outbox.add(AUDIT, UUID.fromString(link.entry().id()), link);
    }
  }
}
