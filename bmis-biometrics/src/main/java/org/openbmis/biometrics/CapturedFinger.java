package org.openbmis.biometrics;

import java.util.Objects;

/**
 * A captured finger: its position, the decoded image, the template and the quality.
 *
 * @param position the finger
 * @param image the decoded image
 * @param template the extracted template
 * @param quality the quality at capture
 */
public record CapturedFinger(
    FingerPosition position, FingerprintImage image, Template template, FingerQuality quality) {
  /**
   * Validates the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public CapturedFinger {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(quality, "quality");
  }
}
