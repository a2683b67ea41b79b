package org.openbmis.app.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A crew list of a flight or a vessel at a post. */
public record CrewList(
    UUID id,
    String postCode,
    String carrier,
    CrewListKind kind,
    Direction direction,
    LocalDate serviceDate,
    String createdBy,
    Instant createdAt,
    List<CrewMember> members) {}
