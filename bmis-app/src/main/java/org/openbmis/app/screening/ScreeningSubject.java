package org.openbmis.app.screening;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who and what is screened at the desk: the traveller's names, date of birth, nationality and sex
 * ({@code M}, {@code F} or {@code X}), and the document read (number and issuing state), with the
 * inspection the screening belongs to.
 */
public record ScreeningSubject(
    @Nullable UUID inspectionId,
    @Nullable String primaryIdentifier,
    @Nullable String secondaryIdentifier,
    @Nullable LocalDate dateOfBirth,
    @Nullable String nationality,
    @Nullable String sex,
    @Nullable String documentNumber,
    @Nullable String issuingState) {

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
