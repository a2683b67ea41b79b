package org.openbmis.app.visa;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A pass: SHORE needs vessel and port, BORDER a zone; {@code maxDays} per stay. */
public record IssuePassCommand(
    @NotNull PassKind kind,
    @NotBlank @Pattern(regexp = "[A-Z0-9/-]{1,30}") String number,
    @Nullable UUID travellerId,
    @NotBlank @Size(max = 200) String holderName,
    @NotNull @Pattern(regexp = "[A-Z]{1,3}") String nationality,
    @NotBlank @Pattern(regexp = "[A-Z0-9]{1,24}") String documentNumber,
    @NotNull LocalDate dateOfBirth,
    @Nullable @Size(max = 80) String vessel,
    @Nullable @Size(max = 80) String port,
    @Nullable @Size(max = 120) String zone,
    @NotNull @Min(1) @Max(365) Integer maxDays,
    @NotNull LocalDate validFrom,
    @NotNull LocalDate validUntil) {}
