package org.openbmis.app.visa;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A new entry rule (or a new version of one: the same nationality, document type and purpose).
 * {@code validFrom} defaults to today. Policies need: VISA_EXEMPT {@code maxDays} (and usually
 * {@code periodDays}); VISA_ON_ARRIVAL {@code fee}, {@code currency}, {@code daysGranted};
 * FREE_MOVEMENT {@code daysGranted} or {@code maxDays}.
 */
public record CreateEntryRuleCommand(
    @NotNull @Pattern(regexp = "[A-Z]{1,3}|\\*") String nationality,
    @Nullable DocumentCategory documentCategory,
    @Nullable @Pattern(regexp = "[A-Z_]{2,24}") String purpose,
    @NotNull EntryPolicy policy,
    @Nullable @Min(1) @Max(3650) Integer maxDays,
    @Nullable @Min(2) @Max(3650) Integer periodDays,
    @Nullable @Min(1) @Max(3650) Integer daysGranted,
    @Nullable @DecimalMin("0") BigDecimal fee,
    @Nullable @Pattern(regexp = "[A-Z]{3}") String currency,
    @Nullable @Size(max = 500) String text,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validUntil) {}
