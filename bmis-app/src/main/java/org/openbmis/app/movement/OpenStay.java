package org.openbmis.app.movement;

import java.time.LocalDate;
import java.util.UUID;

/** A stay in the country: an admitted entry with no admitted exit after it. */
public record OpenStay(
    UUID entryMovementId, LocalDate entryDate, String postCode, long daysSoFar) {}
