package org.openbmis.app.movement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The officer's decision on an inspection. A refusal needs a reason. {@code direction} may override
 * the proposed direction.
 */
public record DecisionCommand(
    @NotNull Decision decision,
    @Nullable RefusalReason refusalReason,
    @Nullable Purpose purpose,
    @Nullable TransportMode transportMode,
    @Nullable
        @Size(max = 40)
        @Pattern(regexp = "[A-Za-z0-9 \\-/.]*", message = "letters, digits, space, - / .")
        String carrier,
    @Nullable @Size(max = 300) String addressInCountry,
    @Nullable @Size(max = 1000) String remarks,
    @Nullable Direction direction) {}
