package org.openbmis.app.movement;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Admission in spite of blocking conditions: the codes it overrides (all of the inspection's
 * blocking conditions) and why. Only the roles the post's policy allows may override.
 */
public record DecisionOverride(
    @Nullable @Size(max = 20) List<String> codes, @Nullable @Size(max = 1000) String reason) {

  /** The codes as given, never null. */
  public List<String> codeList() {
    return codes == null ? List.of() : codes;
  }
}
