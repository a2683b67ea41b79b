package org.openbmis.app.movement;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Closes a secondary case. {@code decision}: ADMITTED, REFUSED, OTHER_AUTHORITY or WITHDRAWN; a
 * refusal needs an Annex V reason (J needs remarks); an admitted entry may be given a shorter
 * authorised stay ({@code authorisedUntil}); {@code examination} records the document examination.
 */
public record SecondaryOutcomeCommand(
    @Nullable SecondaryOutcome decision,
    @Nullable RefusalReason refusalReason,
    @Nullable @Size(max = 1000) String remarks,
    @Nullable LocalDate authorisedUntil,
    @Nullable DocumentExamination examination) {}
