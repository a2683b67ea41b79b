package org.openbmis.app.biometrics;

import org.openbmis.biometrics.FingerComparison;
import org.openbmis.biometrics.FingerPosition;

/** One finger compared: the captured position, the enrolled position and the score. */
public record FingerScore(FingerPosition probe, FingerPosition reference, double score) {

  static FingerScore of(FingerComparison c) {
    return new FingerScore(
        c.probePosition(), c.referencePosition(), Math.round(c.score() * 100) / 100.0);
  }
}
