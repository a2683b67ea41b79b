package org.openbmis.app.manifest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an accepted message row records. */
record StoredMessage(
    List<String> cleaned,
    List<String> qualityNotes,
    String version,
    String listType,
    @Nullable String sender,
    String carrier,
    String flightNumber,
    String departure,
    String arrival,
    @Nullable Instant scheduledDeparture,
    @Nullable Instant scheduledArrival,
    UUID postId,
    UUID flightId,
    @Nullable String partReference,
    int partNumber,
    boolean partLast,
    int passengers,
    int crew,
    int missingDocuments,
    int invalidDates,
    boolean late) {}
