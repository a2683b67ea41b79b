package org.openbmis.biometrics;

import java.util.List;
import java.util.Objects;

/**
 * Outcome of a 1:1 verification over several fingers.
 *
 * @param match whether the best finger score reached the threshold
 * @param score the best finger score, 0 when no finger could be compared
 * @param threshold the threshold applied
 * @param fingers every comparison made, best first; empty when probe and reference share no finger
 */
public record VerificationResult(
    boolean match, double score, double threshold, List<FingerComparison> fingers) {
  /**
   * Validates the fields and copies the list.
   *
   * @throws NullPointerException if fingers is null
   */
  public VerificationResult {
    fingers = List.copyOf(Objects.requireNonNull(fingers, "fingers"));
  }

  /**
   * Whether at least one finger was compared.
   *
   * @return false when probe and reference had no finger in common
   */
  public boolean compared() {
    return !fingers.isEmpty();
  }
}
