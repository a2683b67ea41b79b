package org.openbmis.app.manifest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A flight as the API names it: carrier, number, departure and arrival codes, arrival time. */
public record FlightRef(
    String carrier,
    String number,
    String departure,
    String arrival,
    @Nullable Instant scheduledArrival) {}
