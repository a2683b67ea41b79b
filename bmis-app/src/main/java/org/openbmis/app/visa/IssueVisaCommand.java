package org.openbmis.app.visa;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A visa issued by a consulate, or an e-visa approval. {@code entriesAllowed} null = multiple;
 * {@code source} defaults to ISSUED; {@code sex} is M, F or X.
 */
public record IssueVisaCommand(
    @NotBlank @Pattern(regexp = "[A-Z0-9]{1,9}") String number,
    @NotNull VisaType type,
    @Nullable VisaSource source,
    @NotBlank @Size(max = 100) String primaryIdentifier,
    @Nullable @Size(max = 100) String secondaryIdentifier,
    @NotNull LocalDate dateOfBirth,
    @Nullable @Pattern(regexp = "[MFX]") String sex,
    @NotNull @Pattern(regexp = "[A-Z]{1,3}") String nationality,
    @NotBlank @Pattern(regexp = "[A-Z0-9]{1,24}") String documentNumber,
    @NotBlank @Size(max = 80) String issuingPlace,
    @NotNull LocalDate validFrom,
    @NotNull LocalDate validUntil,
    @Nullable @Min(1) @Max(99) Integer entriesAllowed,
    @NotNull @Min(1) @Max(3650) Integer durationDays) {}
