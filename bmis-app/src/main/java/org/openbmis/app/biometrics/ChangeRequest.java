package org.openbmis.app.biometrics;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A proposed replacement of a traveller's enrolled fingerprints or face photo, as shown to the
 * approver (never the prints themselves).
 *
 * @param kind FINGERPRINTS or FACE (a photo; then no comparison score: there is no face matcher)
 * @param status PENDING, APPROVED or REJECTED
 * @param reason why the prints were captured outside an inspection (given by the officer)
 * @param positions the fingers proposed, e.g. {@code RIGHT_THUMB LEFT_INDEX}, or {@code FACE}
 * @param referencePost the post that enrolled the current prints: its supervisors decide
 * @param comparisonScore the best score of the new prints against the current ones (null when no
 *     finger is in common); {@code comparisonMatch} whether it reaches the threshold
 * @param comparisonFingers each finger compared, as {@code NEW~OLD=score}
 * @param otherTravellerId another traveller whose enrolled prints the new ones match (1:N), the
 *     flag an approver must see; null when none
 */
public record ChangeRequest(
    UUID id,
    UUID travellerId,
    String kind,
    String status,
    String reason,
    String positions,
    Instant requestedAt,
    @Nullable String requestedPost,
    String requestedBy,
    @Nullable String referencePost,
    @Nullable Double comparisonScore,
    boolean comparisonMatch,
    @Nullable String comparisonFingers,
    @Nullable UUID otherTravellerId,
    @Nullable Double otherScore,
    @Nullable Instant decidedAt,
    @Nullable String decidedBy,
    @Nullable String decisionNote) {

  public static final String FINGERPRINTS = "FINGERPRINTS";
  public static final String FACE = "FACE";
  public static final String PENDING = "PENDING";
  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";

  /** Whether it proposes a face photo (else fingerprints). */
  public boolean face() {
    return FACE.equals(kind);
  }

  /** Whether the new prints match another identity: the approver must look closer. */
  public boolean otherIdentity() {
    return otherTravellerId != null;
  }
}
