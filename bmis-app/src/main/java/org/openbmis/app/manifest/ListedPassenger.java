package org.openbmis.app.manifest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person on a flight's manifest with the pre-arrival result and whether inspected yet. */
public record ListedPassenger(
    UUID id,
    String role,
    String surname,
    @Nullable String givenNames,
    @Nullable String sex,
    @Nullable LocalDate birthDate,
    @Nullable String nationality,
    @Nullable String documentNumber,
    @Nullable String issuingState,
    @Nullable String seat,
    int hits,
    boolean blocking,
    @Nullable Instant screenedAt,
    @Nullable Instant inspectedAt) {}
