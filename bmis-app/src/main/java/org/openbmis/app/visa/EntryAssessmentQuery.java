package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the desk knows when a traveller arrives. {@code documentCode} is the ICAO code ({@code P},
 * {@code PD}...); {@code purpose} the declared purpose ({@code TOURISM}...), if any; {@code
 * localDate} the post's local date. Previous stays are read from the admitted movements.
 */
public record EntryAssessmentQuery(
    UUID travellerId,
    @Nullable String nationality,
    @Nullable String documentCode,
    String documentNumber,
    @Nullable LocalDate dateOfBirth,
    @Nullable String purpose,
    LocalDate localDate) {}
