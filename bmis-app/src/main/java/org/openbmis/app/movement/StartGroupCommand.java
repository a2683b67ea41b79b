package org.openbmis.app.movement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Starts a group at the officer's desk: a {@code VEHICLE} needs its {@code vehicle}, a {@code
 * FAMILY} or {@code TOUR} has none and may have a {@code label} (a family name, a tour operator).
 */
public record StartGroupCommand(
    @NotNull TravelGroupKind kind,
    @Nullable @Size(max = 120) String label,
    @Nullable @Valid VehicleInput vehicle) {

  /** A vehicle as typed: checked and normalised by {@link TravelGroupService}. */
  public record VehicleInput(
      @Nullable String plate, @Nullable String country, @Nullable VehicleType type) {}
}
