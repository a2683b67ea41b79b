package org.openbmis.app.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A document without a machine-readable zone, keyed in by the officer. */
public record ManualDocument(
    @Nullable @Pattern(regexp = "[A-Z][A-Z<]?", message = "one or two letters") String documentCode,
    @NotBlank @Pattern(regexp = "[A-Z0-9]{1,24}", message = "letters and digits only")
        String documentNumber,
    @NotBlank @Pattern(regexp = "[A-Z]{3}|D", message = "an ICAO country code") String issuingState,
    @Nullable @Pattern(regexp = "[A-Z]{3}|D", message = "an ICAO country code") String nationality,
    @NotBlank @Size(max = 100) String primaryIdentifier,
    @Nullable @Size(max = 100) String secondaryIdentifier,
    @NotNull LocalDate dateOfBirth,
    @Nullable LocalDate dateOfExpiry,
    @Nullable @Pattern(regexp = "[MFX]", message = "M, F or X") String sex) {}
