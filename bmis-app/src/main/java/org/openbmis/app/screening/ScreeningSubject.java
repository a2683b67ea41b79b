package org.openbmis.app.screening;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who and what is screened at the desk: the traveller's names, date of birth, nationality and sex
 * ({@code M}, {@code F} or {@code X}), and the document read (number and issuing state), with the
 * inspection the screening belongs to; {@code listedPersonId}: the traveller's row on a manifest of
 * the post, when the desk found them on one (their pre-arrival hits are then linked, not repeated).
 */
public record ScreeningSubject(
    @Nullable UUID inspectionId,
    @Nullable String primaryIdentifier,
    @Nullable String secondaryIdentifier,
    @Nullable LocalDate dateOfBirth,
    @Nullable String nationality,
    @Nullable String sex,
    @Nullable String documentNumber,
    @Nullable String issuingState,
    @Nullable UUID listedPersonId) {

  /** A traveller on no manifest (or screened where manifests do not count). */
  public ScreeningSubject(
      @Nullable UUID inspectionId,
      @Nullable String primaryIdentifier,
      @Nullable String secondaryIdentifier,
      @Nullable LocalDate dateOfBirth,
      @Nullable String nationality,
      @Nullable String sex,
      @Nullable String documentNumber,
      @Nullable String issuingState) {
    this(
        inspectionId,
        primaryIdentifier,
        secondaryIdentifier,
        dateOfBirth,
        nationality,
        sex,
        documentNumber,
        issuingState,
        null);
  }

  ScreeningRequest request() {
    return new ScreeningRequest(
        primaryIdentifier,
        secondaryIdentifier,
        dateOfBirth == null ? null : dateOfBirth.toString(),
        nationality,
        sex,
        documentNumber,
        issuingState);
  }
}
