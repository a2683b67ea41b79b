package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An overstay of the traveller: ongoing (no exit yet, counted to today) or past (left late). */
public record OverstayFlag(
    UUID entryMovementId,
    LocalDate entryDate,
    LocalDate authorisedUntil,
    @Nullable LocalDate exitDate,
    int overstayDays,
    boolean ongoing) {}
