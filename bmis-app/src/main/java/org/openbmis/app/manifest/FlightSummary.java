package org.openbmis.app.manifest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A flight on the post's board: {@code expected} persons listed (passengers and crew), {@code
 * inspected} so far at the post's desks, {@code noShows} (listed, not inspected once the no-show
 * delay after the scheduled arrival has passed), {@code goShows} (inspected, on no manifest),
 * {@code hits} (listed persons with a pre-arrival hit), {@code landed} (the scheduled arrival has
 * passed).
 */
public record FlightSummary(
    UUID id,
    UUID postId,
    String flight,
    String carrier,
    String number,
    String departure,
    String arrival,
    boolean inbound,
    @Nullable Instant scheduledDeparture,
    @Nullable Instant scheduledArrival,
    LocalDate date,
    int expected,
    int passengers,
    int crew,
    int inspected,
    int noShows,
    int goShows,
    int hits,
    boolean landed) {}
