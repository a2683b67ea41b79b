package org.openbmis.app.biometrics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A 1:1 verification: match or not, the best finger score, the threshold applied and every finger
 * compared (best first). {@code fingers} is empty when the capture and the enrolment share no
 * finger; then {@code match} is false.
 *
 * <p>{@code match} is always against the current (approved) reference. While a change of the
 * traveller's fingerprints awaits approval, {@code pending} is the comparison with the proposed
 * prints too, and {@code matchedReference} says which reference the capture matched: CURRENT,
 * PENDING (only the prints awaiting approval: an officer must look closer) or NONE.
 */
public record Verification(
    boolean match,
    double score,
    double threshold,
    List<FingerScore> fingers,
    @Nullable PendingComparison pending,
    String matchedReference) {

  /** The capture compared with the prints of a change request awaiting approval. */
  public record PendingComparison(java.util.UUID changeRequestId, boolean match, double score) {}

  public Verification {
    fingers = List.copyOf(fingers);
  }

  public Verification(boolean match, double score, double threshold, List<FingerScore> fingers) {
    this(match, score, threshold, fingers, null);
  }

  public Verification(
      boolean match,
      double score,
      double threshold,
      List<FingerScore> fingers,
      @Nullable PendingComparison pending) {
    this(
        match,
        score,
        threshold,
        fingers,
        pending,
        match ? "CURRENT" : pending != null && pending.match() ? "PENDING" : "NONE");
  }

  /** The same comparison, with the one against the prints awaiting approval. */
  Verification withPending(PendingComparison p) {
    return new Verification(match, score, threshold, fingers, p);
  }

  public boolean compared() {
    return !fingers.isEmpty();
  }

  /** Whether a change of the fingerprints awaits a supervisor's decision. */
  public boolean changePending() {
    return pending != null;
  }
}
