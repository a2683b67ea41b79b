package org.openbmis.app.biometrics;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.MissingFingerReason;

/**
 * One finger as captured at the desk: an image file (PNG, JPEG, BMP or WSQ at 500 ppi), or the
 * reason it could not be printed.
 *
 * @param position the finger (ISO code 1-12)
 * @param image the image file, null when the finger is missing
 * @param missingReason why there is no print, null when there is an image
 */
public record FingerCapture(
    FingerPosition position, byte @Nullable [] image, @Nullable MissingFingerReason missingReason) {

  public FingerCapture {
    Objects.requireNonNull(position, "position");
    if ((image == null) == (missingReason == null)) {
      throw new IllegalArgumentException("give either an image or a missing-finger reason");
    }
  }

  /** A captured print. */
  public static FingerCapture of(FingerPosition position, byte[] image) {
    return new FingerCapture(position, Objects.requireNonNull(image, "image"), null);
  }

  /** A finger that could not be printed. */
  public static FingerCapture missing(FingerPosition position, MissingFingerReason reason) {
    return new FingerCapture(position, null, Objects.requireNonNull(reason, "reason"));
  }

  public boolean isMissing() {
    return image == null;
  }

  @Override
  public String toString() {
    return "FingerCapture[" + position + (image == null ? ", " + missingReason : "") + "]";
  }
}
