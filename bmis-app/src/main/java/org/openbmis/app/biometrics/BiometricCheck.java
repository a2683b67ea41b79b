package org.openbmis.app.biometrics;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.biometrics.FingerPosition;

/**
 * The biometric part of an inspection.
 *
 * @param outcome ENROLLED (first crossing: the prints were stored), MATCH or NO_MATCH (1:1 with the
 *     enrolled prints), NOT_COMPARED (enrolled, but no finger in common with the capture),
 *     NOT_CAPTURED (no print given) or NOT_AVAILABLE (biometrics not configured at this node)
 * @param verification the 1:1 result, null unless MATCH, NO_MATCH or NOT_COMPARED
 * @param quality quality of every captured print; a POOR one asks for a recapture
 * @param enrolled positions stored by this check (all at first crossing; after a MATCH, fingers
 *     captured that were not enrolled yet)
 * @param missing fingers recorded as missing, as {@code POSITION:REASON}
 * @param alertHits matches with the fingerprints of person alerts (1:N), best first
 * @param duplicateSearch whether a background search against enrolled travellers was started
 */
public record BiometricCheck(
    Outcome outcome,
    @Nullable Verification verification,
    List<CaptureQuality> quality,
    List<FingerPosition> enrolled,
    List<String> missing,
    List<BiometricAlertHit> alertHits,
    boolean duplicateSearch) {

  /** What the check found. */
  public enum Outcome {
    ENROLLED,
    MATCH,
    NO_MATCH,
    NOT_COMPARED,
    NOT_CAPTURED,
    NOT_AVAILABLE
  }

  public BiometricCheck {
    quality = List.copyOf(quality);
    enrolled = List.copyOf(enrolled);
    missing = List.copyOf(missing);
    alertHits = List.copyOf(alertHits);
  }

  static BiometricCheck notAvailable() {
    return new BiometricCheck(
        Outcome.NOT_AVAILABLE, null, List.of(), List.of(), List.of(), List.of(), false);
  }

  /** Whether a print is poor enough to capture it again. */
  public boolean recaptureAdvised() {
    return quality.stream().anyMatch(CaptureQuality::recapture);
  }

  /** Whether the officer must look closer: no match, or a biometric alert hit. */
  public boolean attention() {
    return outcome == Outcome.NO_MATCH || !alertHits.isEmpty();
  }
}
