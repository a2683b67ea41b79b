package org.openbmis.app.visa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A permit. An EXTENSION needs the traveller; any permit of a traveller in the country extends
 * their current authorised stay to its end date when that is later.
 */
public record IssuePermitCommand(
    @NotNull PermitKind kind,
    @NotBlank @Pattern(regexp = "[A-Z0-9/-]{1,30}") String number,
    @Nullable UUID travellerId,
    @NotBlank @Size(max = 200) String holderName,
    @NotNull @Pattern(regexp = "[A-Z]{1,3}") String nationality,
    @NotBlank @Pattern(regexp = "[A-Z0-9]{1,24}") String documentNumber,
    @NotNull LocalDate dateOfBirth,
    @NotNull LocalDate validFrom,
    @NotNull LocalDate validUntil,
    @Nullable @Size(max = 200) String remarks) {}
