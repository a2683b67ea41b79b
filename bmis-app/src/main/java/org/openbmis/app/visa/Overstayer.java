package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A traveller in the country whose authorised stay ended (overstayDays > 0), or ends soon (an
 * expected departure, overstayDays 0).
 */
public record Overstayer(
    UUID entryMovementId,
    UUID travellerId,
    String name,
    @Nullable String nationality,
    @Nullable String postCode,
    LocalDate entryDate,
    LocalDate authorisedUntil,
    String basis,
    int overstayDays) {}
