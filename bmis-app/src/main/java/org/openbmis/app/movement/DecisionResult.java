package org.openbmis.app.movement;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a decision: the movement recorded. {@code stayDays} and {@code overstayDays} on
 * admitted exits that close a stay.
 */
public record DecisionResult(
    UUID movementId,
    UUID travellerId,
    Direction direction,
    Decision decision,
    Instant recordedAt,
    @Nullable Integer stayDays,
    @Nullable Integer overstayDays) {}
