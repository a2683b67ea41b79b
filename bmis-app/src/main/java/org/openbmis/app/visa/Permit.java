package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A work or residence permit, or an extension of stay. */
public record Permit(
    UUID id,
    String number,
    PermitKind kind,
    @Nullable UUID travellerId,
    String holderName,
    String nationality,
    String documentNumber,
    LocalDate dateOfBirth,
    LocalDate validFrom,
    LocalDate validUntil,
    @Nullable String remarks) {

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validUntil);
  }
}
