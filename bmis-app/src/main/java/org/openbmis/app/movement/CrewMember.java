package org.openbmis.app.movement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A crew member on a crew list, found at the desk by document number and issuing state.
 *
 * @param function rank or function on board (captain, purser, able seaman...), optional
 */
public record CrewMember(
    @NotBlank @Pattern(regexp = "[A-Za-z0-9<]{1,20}") String documentNumber,
    @NotBlank @Pattern(regexp = "[A-Za-z]{1,3}") String issuingState,
    @NotBlank @Size(max = 120) String name,
    @Nullable @Size(max = 40) String function) {}
