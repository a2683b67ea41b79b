package org.openbmis.app.biometrics;

import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.FingerQuality;

/**
 * Quality of one captured print: score 0-100, GOOD / ACCEPTABLE / POOR, and whether the officer
 * should capture it again.
 */
public record CaptureQuality(
    FingerPosition position, int score, String verdict, boolean recapture, int minutiae) {

  static CaptureQuality of(FingerPosition position, FingerQuality q) {
    return new CaptureQuality(position, q.score(), q.verdict().name(), q.recapture(), q.minutiae());
  }
}
