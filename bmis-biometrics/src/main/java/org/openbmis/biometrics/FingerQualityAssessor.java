package org.openbmis.biometrics;

import java.util.Objects;

/**
 * Quality at capture, from the template's minutiae and a block-wise analysis of the image (our own,
 * not NFIQ 2).
 *
 * <p>Scale 0-100: {@code 35 * min(1, minutiae / 40) + 35 * min(1, ridgeArea / 150 mm²) + 30 *
 * min(1, clarity / 0.7)}, where the ridge area is the area of 16×16-pixel blocks (at 500 ppi) with
 * contrast, a coherent orientation and a ridge period of 0.2-0.8 mm, and clarity is that area over
 * the area with contrast. Verdict: GOOD from 70, ACCEPTABLE from 45, POOR below (recapture).
 *
 * <p>Not a fingerprint: fewer than 12 minutiae, under 80 mm² of ridges, or clarity under 0.25. On
 * the reference files real prints have 160-870 mm² of ridges and clarity 0.34-0.87; a face photo
 * has 65 mm² and 0.22. Thread-safe and stateless.
 */
public final class FingerQualityAssessor {
  /** Score from which a print is GOOD. */
  public static final int GOOD_FROM = 70;

  /** Score from which a print is ACCEPTABLE. */
  public static final int ACCEPTABLE_FROM = 45;

  static final int MIN_MINUTIAE = 12;
  static final double MIN_RIDGE_MM2 = 80;
  static final double MIN_CLARITY = 0.25;

  /**
   * Measures the quality of a print.
   *
   * @param image the captured image
   * @param template the template extracted from it
   * @return the quality
   * @throws NullPointerException if an argument is null
   */
  public FingerQuality assess(FingerprintImage image, Template template) {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(template, "template");
    RidgeAnalysis.Result r = RidgeAnalysis.analyse(image);
    int minutiae = template.minutiaeCount();
    double value =
        35 * Math.min(1, minutiae / 40.0)
            + 35 * Math.min(1, r.ridgeMm2() / 150)
            + 30 * Math.min(1, r.clarity() / 0.7);
    int score = (int) Math.round(value);
    QualityVerdict verdict =
        score >= GOOD_FROM
            ? QualityVerdict.GOOD
            : score >= ACCEPTABLE_FROM ? QualityVerdict.ACCEPTABLE : QualityVerdict.POOR;
    return new FingerQuality(score, verdict, minutiae, r.ridgeMm2(), r.clarity());
  }

  /**
   * Whether a measured print looks like a fingerprint at all.
   *
   * @param quality the measured quality
   * @return false when the image is too poor in ridges or minutiae to be a fingerprint
   * @throws NullPointerException if quality is null
   */
  public boolean looksLikeFingerprint(FingerQuality quality) {
    return quality.minutiae() >= MIN_MINUTIAE
        && quality.ridgeAreaMm2() >= MIN_RIDGE_MM2
        && quality.clarity() >= MIN_CLARITY;
  }
}
