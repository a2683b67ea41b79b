package org.openbmis.app.movement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.screening.DeskScreening;
import org.openbmis.app.visa.EntryAssessment;
import org.openbmis.app.visa.ExitAssessment;

/** Everything the officer sees after the scan: one screen, every check with its reason. */
public record InspectionView(
    UUID id,
    Direction direction,
    DocumentReading document,
    TravellerView traveller,
    List<InspectionWarning> warnings,
    List<MovementSummary> history,
    @Nullable OpenStay openStay,
    long previousRefusals,
    Instant startedAt,
    @Nullable Purpose suggestedPurpose,
    TransportMode suggestedTransportMode,
    @Nullable EntryAssessment admission,
    @Nullable ExitAssessment exitAssessment,
    DeskScreening screening) {

  /** The traveller, and whether this is their first crossing on record. */
  public record TravellerView(
      UUID id,
      String primaryIdentifier,
      String secondaryIdentifier,
      java.time.@Nullable LocalDate dateOfBirth,
      String sex,
      @Nullable String nationality,
      boolean newTraveller) {}
}
