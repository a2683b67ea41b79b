package org.openbmis.app.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral to secondary inspection as secondary officers work it: who referred the traveller,
 * from which desk and why, the notes and the examination, and how it ended. {@code status} is OPEN
 * or CLOSED; {@code minutesInSecondary} from the referral to the outcome.
 */
public record SecondaryCaseView(
    UUID id,
    String status,
    UUID inspectionId,
    UUID travellerId,
    @Nullable String travellerName,
    @Nullable LocalDate dateOfBirth,
    @Nullable String nationality,
    @Nullable String documentNumber,
    Direction direction,
    @Nullable String deskCode,
    String referredBy,
    Instant referredAt,
    List<Condition> reasons,
    @Nullable String takenBy,
    @Nullable Instant takenAt,
    @Nullable DocumentExamination examination,
    List<Note> notes,
    @Nullable SecondaryOutcome outcome,
    @Nullable RefusalReason refusalReason,
    @Nullable LocalDate authorisedUntil,
    @Nullable String outcomeRemarks,
    @Nullable UUID movementId,
    @Nullable String closedBy,
    @Nullable Instant closedAt,
    @Nullable Integer minutesInSecondary) {

  /** A note written on the case. */
  public record Note(String author, Instant writtenAt, String text) {}

  public boolean open() {
    return "OPEN".equals(status);
  }
}
