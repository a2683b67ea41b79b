package org.openbmis.app.screening;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a person screened before arrival is expected: the flight ({@code XX123}), the seat, the
 * scheduled arrival, and the name as the carrier listed it.
 */
public record ExpectedArrival(
    String flight, @Nullable String seat, @Nullable Instant expectedArrival, String listedName) {}
