package org.openbmis.app.biometrics;

import java.util.List;

/**
 * A 1:1 verification: match or not, the best finger score, the threshold applied and every finger
 * compared (best first). {@code fingers} is empty when the capture and the enrolment share no
 * finger; then {@code match} is false.
 */
public record Verification(
    boolean match, double score, double threshold, List<FingerScore> fingers) {

  public Verification {
    fingers = List.copyOf(fingers);
  }

  public boolean compared() {
    return !fingers.isEmpty();
  }
}
