package org.openbmis.app.traveller;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A traveller as shown at the desk. {@code sex} is M, F or X. */
public record TravellerSummary(
    UUID id,
    String primaryIdentifier,
    String secondaryIdentifier,
    @Nullable LocalDate dateOfBirth,
    String sex,
    @Nullable String nationality) {

  public String displayName() {
    return secondaryIdentifier.isBlank()
        ? primaryIdentifier
        : primaryIdentifier + ", " + secondaryIdentifier;
  }
}
