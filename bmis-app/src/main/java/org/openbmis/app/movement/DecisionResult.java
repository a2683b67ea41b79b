package org.openbmis.app.movement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a decision: the movement recorded, or for a referral the secondary case opened
 * (then no movement). {@code stayDays} and {@code overstayDays} on admitted exits that close a
 * stay; {@code override} when admitted in spite of blocking conditions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionResult(
    @Nullable UUID movementId,
    UUID travellerId,
    Direction direction,
    Decision decision,
    Instant recordedAt,
    @Nullable Integer stayDays,
    @Nullable Integer overstayDays,
    @Nullable DecisionOverride override,
    @Nullable UUID secondaryCaseId) {

  /** A referral: a secondary case opened, no movement recorded yet. */
  static DecisionResult referred(UUID travellerId, Direction direction, Instant at, UUID caseId) {
    return new DecisionResult(
        null, travellerId, direction, Decision.REFERRED, at, null, null, null, caseId);
  }
}
