package org.openbmis.app.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recorded movement as listed in histories and daily logs. {@code override}: admitted in spite of
 * blocking conditions; {@code secondaryCaseId}: decided at secondary inspection.
 */
public record MovementSummary(
    UUID id,
    UUID travellerId,
    Direction direction,
    Decision decision,
    @Nullable RefusalReason refusalReason,
    Instant recordedAt,
    LocalDate localDate,
    String postCode,
    String postName,
    String timeZone,
    @Nullable String deskCode,
    String officer,
    @Nullable Purpose purpose,
    @Nullable TransportMode transportMode,
    @Nullable String carrier,
    @Nullable String addressInCountry,
    @Nullable String remarks,
    @Nullable Long inspectionMillis,
    @Nullable Integer stayDays,
    @Nullable String travellerName,
    @Nullable String nationality,
    @Nullable String documentNumber,
    @Nullable Integer overstayDays,
    @Nullable DecisionOverride override,
    @Nullable UUID secondaryCaseId) {}
