package org.openbmis.app.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.movement.MovementRecorded;
import org.openbmis.app.movement.MovementTransfer;
import org.openbmis.app.sync.SyncMessages.BatchItem;
import org.openbmis.app.sync.SyncMessages.MovementPayload;
import org.openbmis.app.traveller.TravellerTransfer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The post's transactional outbox. A plain {@link EventListener} runs inside the recording
 * transaction: the movement, its traveller and document are read back as written and stored as one
 * outbox row that commits, or rolls back, with them; the desk is told "recorded" only after that
 * commit is durable (ADR 0008). Rows leave the outbox only when central acknowledged them.
 */
@Component
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "post")
class Outbox {

  private final MovementTransfer movements;
  private final TravellerTransfer travellers;
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  Outbox(
      MovementTransfer movements,
      TravellerTransfer travellers,
      JdbcClient jdbc,
      JsonMapper json,
      Clock clock) {
    this.movements = movements;
    this.travellers = travellers;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @EventListener
  void on(MovementRecorded event) {
    MovementTransfer.MovementRecord m = movements.export(event.movementId());
    TravellerTransfer.TravellerRecord t = travellers.export(m.travellerId(), m.documentId());
    add("movement", m.id(), new MovementPayload(m, t));
  }

  /**
   * Adds a row in the current transaction (the record's): {@code kind} names what central does with
   * it ({@link BatchApplier}), {@code payload} is written as JSON.
   */
  void add(String kind, java.util.UUID recordId, Object payload) {
    jdbc.sql("insert into syn_outbox (kind, record_id, payload, created_at) values (?, ?, ?, ?)")
        .params(
            kind,
            recordId,
            json.writeValueAsString(payload),
            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .update();
  }

  /** The oldest rows, in sequence order. */
  List<BatchItem> next(int limit) {
    return jdbc.sql("select seq, kind, record_id, payload from syn_outbox order by seq limit ?")
        .param(limit)
        .query(
            (rs, n) ->
                new BatchItem(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, java.util.UUID.class),
                    rs.getString(4)))
        .list();
  }

  /** Forgets the rows central acknowledged. */
  int acknowledged(long through) {
    return jdbc.sql("delete from syn_outbox where seq <= ?").param(through).update();
  }

  long pending() {
    return jdbc.sql("select count(*) from syn_outbox").query(Long.class).single();
  }

  @Nullable Instant oldestPendingAt() {
    return jdbc.sql("select created_at from syn_outbox order by seq limit 1")
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
        .optional()
        .map(OffsetDateTime::toInstant)
        .orElse(null);
  }
}
