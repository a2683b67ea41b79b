package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A shore pass (vessel, port) or a border pass (zone); {@code maxDays} per stay. */
public record Pass(
    UUID id,
    String number,
    PassKind kind,
    @Nullable UUID travellerId,
    String holderName,
    String nationality,
    String documentNumber,
    LocalDate dateOfBirth,
    @Nullable String vessel,
    @Nullable String port,
    @Nullable String zone,
    int maxDays,
    LocalDate validFrom,
    LocalDate validUntil) {

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validUntil);
  }
}
