package org.openbmis.app.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.Purpose;
import org.openbmis.app.movement.RefusalReason;
import org.openbmis.app.movement.TransportMode;

/** A seeded movement, as the movement module would have recorded it (without an inspection). */
record DemoMovement(
    UUID id,
    DemoTraveller traveller,
    Direction direction,
    Decision decision,
    @Nullable RefusalReason refusalReason,
    Instant recordedAt,
    LocalDate localDate,
    DemoPost post,
    UUID deskId,
    String officer,
    Purpose purpose,
    TransportMode transportMode,
    @Nullable String carrier,
    @Nullable String address,
    @Nullable String remarks,
    long inspectionMillis,
    @Nullable UUID entryMovementId,
    @Nullable Integer stayDays) {}
