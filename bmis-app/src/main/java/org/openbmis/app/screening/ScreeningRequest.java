package org.openbmis.app.screening;

import org.jspecify.annotations.Nullable;

/**
 * A check: names (surname as primary identifier, given names as secondary), date of birth ({@code
 * YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), nationality and issuing state (alpha-3), sex
 * ({@code M}, {@code F}, {@code X}), document number. All optional, but a name or a document is
 * needed.
 */
public record ScreeningRequest(
    @Nullable String primaryIdentifier,
    @Nullable String secondaryIdentifier,
    @Nullable String dateOfBirth,
    @Nullable String nationality,
    @Nullable String sex,
    @Nullable String documentNumber,
    @Nullable String issuingState) {}
