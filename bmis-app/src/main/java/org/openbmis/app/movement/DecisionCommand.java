package org.openbmis.app.movement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The officer's decision on an inspection. A refusal needs a reason. {@code direction} may override
 * the proposed direction; {@code override} admits in spite of blocking conditions.
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
    @Nullable Direction direction,
    @Nullable @Valid DecisionOverride override) {

  /** A decision without an override. */
  public DecisionCommand(
      Decision decision,
      @Nullable RefusalReason refusalReason,
      @Nullable Purpose purpose,
      @Nullable TransportMode transportMode,
      @Nullable String carrier,
      @Nullable String addressInCountry,
      @Nullable String remarks,
      @Nullable Direction direction) {
    this(
        decision,
        refusalReason,
        purpose,
        transportMode,
        carrier,
        addressInCountry,
        remarks,
        direction,
        null);
  }
}
