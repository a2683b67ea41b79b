package org.openbmis.app.statistics;

import org.openbmis.app.movement.MovementRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues each recorded movement for counting inside the recording transaction (a plain {@link
 * EventListener}): the movement and its queue entry commit or roll back together, so no count is
 * lost if the node stops, and the desk pays one small insert instead of four upserts. The {@link
 * StatisticsWorker} counts the queue in batches a fraction of a second later, and every statistics
 * query catches up first, so readers see every committed movement.
 */
@Component
class MovementStatisticsListener {

  private final AggregateRepository aggregates;

  MovementStatisticsListener(AggregateRepository aggregates) {
    this.aggregates = aggregates;
  }

  @EventListener
  void on(MovementRecorded event) {
    aggregates.enqueue(event.movementId());
  }
}
