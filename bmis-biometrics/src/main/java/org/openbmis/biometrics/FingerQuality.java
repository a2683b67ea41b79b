package org.openbmis.biometrics;

import java.util.Objects;

/**
 * Quality of one captured print, see {@link FingerQualityAssessor} for the scale.
 *
 * @param score 0-100, higher is better
 * @param verdict GOOD, ACCEPTABLE or POOR (recapture)
 * @param minutiae minutiae in the template
 * @param ridgeAreaMm2 area showing a ridge pattern, in mm²
 * @param clarity share of the contrasted area that shows ridges, 0-1
 */
public record FingerQuality(
    int score, QualityVerdict verdict, int minutiae, double ridgeAreaMm2, double clarity) {
  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the score is outside 0-100 or a measure is negative
   * @throws NullPointerException if verdict is null
   */
  public FingerQuality {
    Objects.requireNonNull(verdict, "verdict");
    if (score < 0 || score > 100 || minutiae < 0 || ridgeAreaMm2 < 0 || clarity < 0) {
      throw new IllegalArgumentException("quality measure out of range");
    }
  }

  /**
   * Whether the officer should be prompted to capture the finger again.
   *
   * @return true for {@link QualityVerdict#POOR}
   */
  public boolean recapture() {
    return verdict == QualityVerdict.POOR;
  }
}
