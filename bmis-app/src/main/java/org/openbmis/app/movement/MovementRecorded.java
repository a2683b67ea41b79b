package org.openbmis.app.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Published when a movement is recorded (statistics and sync consume it). */
public record MovementRecorded(
    UUID movementId,
    UUID travellerId,
    UUID postId,
    Direction direction,
    Decision decision,
    Instant recordedAt,
    LocalDate localDate,
    @Nullable String nationality,
    @Nullable Integer stayDays,
    long inspectionMillis) {}
