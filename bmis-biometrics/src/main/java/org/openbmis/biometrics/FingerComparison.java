package org.openbmis.biometrics;

import java.util.Objects;

/**
 * One finger compared: probe and reference position and the score.
 *
 * @param probePosition the position of the probe print
 * @param referencePosition the position of the enrolled print
 * @param score the engine's similarity score
 */
public record FingerComparison(
    FingerPosition probePosition, FingerPosition referencePosition, double score) {
  /**
   * Validates the fields.
   *
   * @throws NullPointerException if a position is null
   * @throws IllegalArgumentException if the score is negative or not a number
   */
  public FingerComparison {
    Objects.requireNonNull(probePosition, "probePosition");
    Objects.requireNonNull(referencePosition, "referencePosition");
    if (!(score >= 0)) {
      throw new IllegalArgumentException("score must be 0 or more");
    }
  }
}
