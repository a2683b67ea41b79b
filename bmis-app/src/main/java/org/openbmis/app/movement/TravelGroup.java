package org.openbmis.app.movement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Travellers inspected together at a desk: a vehicle with its driver and passengers, a family or a
 * tour. Every member has their own inspection, decision and movement; the movements carry the
 * group's id.
 *
 * @param vehicle the vehicle of a {@code VEHICLE} group, null otherwise
 * @param closedAt null while the group is open (the officer's scans join it)
 */
public record TravelGroup(
    UUID id,
    String postCode,
    @Nullable String deskCode,
    String officer,
    TravelGroupKind kind,
    @Nullable String label,
    @Nullable Vehicle vehicle,
    Instant openedAt,
    @Nullable Instant closedAt,
    String timeZone,
    List<GroupMember> members) {

  public boolean open() {
    return closedAt == null;
  }
}
