package org.openbmis.app.movement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The crew of a flight or a vessel on a day, arriving ({@code ENTRY}) or leaving ({@code EXIT}), as
 * the carrier declared it.
 *
 * @param carrier the flight number or the vessel's name
 */
public record CreateCrewListCommand(
    @NotBlank @Size(max = 40) String carrier,
    @NotNull CrewListKind kind,
    @NotNull Direction direction,
    @NotNull LocalDate serviceDate,
    @NotEmpty @Size(max = 200) List<@Valid @NotNull CrewMember> members) {}
