package org.openbmis.app.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A traveller inspected in a group, with their own inspection and (once decided) their own
 * movement. A minor (under 18 on the group's day) is listed with the adults of the group they
 * travel with.
 *
 * @param decision null while the inspection is not decided
 * @param movementId null while the inspection is not decided
 * @param travellingWith for a minor, the names of the group's adults; empty otherwise
 * @param driver whether this is the driver of a vehicle: the first traveller inspected in it
 */
public record GroupMember(
    UUID inspectionId,
    UUID travellerId,
    String name,
    @Nullable LocalDate dateOfBirth,
    @Nullable String nationality,
    String documentNumber,
    Direction direction,
    @Nullable Decision decision,
    @Nullable UUID movementId,
    boolean crew,
    boolean minor,
    List<String> travellingWith,
    boolean driver,
    Instant scannedAt) {}
