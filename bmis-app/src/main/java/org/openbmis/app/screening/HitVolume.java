package org.openbmis.app.screening;

import java.time.LocalDate;

/**
 * Hits of a list in a period (a day, or a week starting on {@code from}) and the share resolved as
 * false positives: many hits with a high false-positive share mean a threshold set too low.
 */
public record HitVolume(
    String list, double threshold, LocalDate from, String period, long hits, long falsePositives) {

  public double falsePositiveShare() {
    return hits == 0 ? 0 : (double) falsePositives / hits;
  }
}
