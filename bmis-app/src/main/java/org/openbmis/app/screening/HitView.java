package org.openbmis.app.screening;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.screening.AlertAction;

/** A stored hit as supervisors see it, with the traveller's name and the resolution. */
public record HitView(
    UUID id,
    UUID travellerId,
    @Nullable String travellerName,
    @Nullable UUID inspectionId,
    HitOrigin origin,
    String list,
    int listVersion,
    String sourceId,
    double score,
    AlertAction action,
    @Nullable String matchedName,
    String explanation,
    boolean blocking,
    boolean previouslyCleared,
    HitStatus status,
    Instant createdAt,
    @Nullable String resolvedBy,
    @Nullable Instant resolvedAt,
    @Nullable String resolutionReason) {}
