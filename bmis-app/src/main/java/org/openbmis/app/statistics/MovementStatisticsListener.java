package org.openbmis.app.statistics;

import org.openbmis.app.movement.MovementRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Adds each recorded movement to the aggregates inside the recording transaction (a plain {@link
 * EventListener}, not an after-commit one): the movement and its counts commit or roll back
 * together, so the aggregates always equal the raw movements, and no count is lost if the node
 * stops between the commit and the update (the event publication registry is not in use). The
 * price: an error here fails the recording, and concurrent desks briefly share a lock on the same
 * aggregate row (a few milliseconds, the length of the recording transaction).
 */
@Component
class MovementStatisticsListener {

  private final AggregateRepository aggregates;

  MovementStatisticsListener(AggregateRepository aggregates) {
    this.aggregates = aggregates;
  }

  @EventListener
  void on(MovementRecorded event) {
    aggregates.add(event.movementId());
  }
}
