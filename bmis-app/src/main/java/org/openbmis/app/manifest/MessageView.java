package org.openbmis.app.manifest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A received message as {@code GET /api/v1/api-messages/{id}} shows it: status ({@code RECEIVED},
 * {@code ACCEPTED}, {@code REJECTED}), when and how it came, its size, the reasons of a rejection,
 * what was cleaned, data-quality notes, and the flight it announced. Never the persons.
 */
public record MessageView(
    UUID id,
    String status,
    Instant receivedAt,
    String source,
    @Nullable String submittedBy,
    int bytes,
    List<String> reasons,
    List<String> cleaned,
    List<String> qualityNotes,
    @Nullable String version,
    @Nullable String listType,
    @Nullable FlightRef flight,
    @Nullable UUID postId,
    @Nullable UUID flightId,
    int passengers,
    int crew,
    boolean late) {}
