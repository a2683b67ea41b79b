package org.openbmis.biometrics;

import java.util.List;
import java.util.Objects;

/**
 * A gallery subject returned by 1:N identification.
 *
 * @param subjectId the subject's id in the gallery
 * @param score the best finger score
 * @param fingers the comparisons made with this subject's prints, best first
 */
public record Candidate(String subjectId, double score, List<FingerComparison> fingers) {
  /**
   * Validates the fields and copies the list.
   *
   * @throws NullPointerException if a field is null
   */
  public Candidate {
    Objects.requireNonNull(subjectId, "subjectId");
    fingers = List.copyOf(Objects.requireNonNull(fingers, "fingers"));
  }
}
