package org.openbmis.app.biometrics;

import java.util.List;

/**
 * A capture that matched the fingerprints of a person alert: the list, the alert's reference, the
 * best score and the fingers compared. Shown at the desk like any other alert hit.
 */
public record BiometricAlertHit(
    String list, String reference, double score, List<FingerScore> fingers) {

  public BiometricAlertHit {
    fingers = List.copyOf(fingers);
  }
}
