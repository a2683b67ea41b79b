package org.openbmis.app.traveller;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A travel document a traveller has presented. */
public record TravelDocumentSummary(
    UUID id,
    UUID travellerId,
    String documentCode,
    String documentNumber,
    String issuingState,
    @Nullable LocalDate dateOfExpiry,
    String source,
    Instant firstSeenAt) {}
