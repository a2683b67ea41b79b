package org.openbmis.app.biometrics;

import java.util.List;
import java.util.UUID;

/** A traveller found by a 1:N identification, with the best score and the fingers compared. */
public record IdentityCandidate(UUID travellerId, double score, List<FingerScore> fingers) {

  public IdentityCandidate {
    fingers = List.copyOf(fingers);
  }
}
