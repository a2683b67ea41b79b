package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A traveller's stay today: whether a stay is open, since when, authorised until when and on what
 * basis, overstay days, and the rolling-period allowance of the rule for their nationality.
 */
public record StayStatus(
    UUID travellerId,
    LocalDate asOf,
    boolean openStay,
    @Nullable LocalDate entryDate,
    @Nullable LocalDate authorisedUntil,
    @Nullable String basis,
    int overstayDays,
    @Nullable Integer maxDays,
    @Nullable Integer periodDays,
    @Nullable Integer daysUsed,
    @Nullable Integer daysRemaining) {}
