package org.openbmis.app.biometrics;

import java.util.Optional;
import org.openbmis.biometrics.FingerPosition;

/**
 * A fingerprint scanner at the desk. A vendor driver implements it as a Spring bean and replaces
 * the file-based simulator ({@link FileFingerprintScanner}).
 */
public interface FingerprintScanner {

  /** Whether the device is there and ready. */
  boolean available();

  /**
   * Scans one finger.
   *
   * @param position the finger to place on the scanner
   * @return the image file (PNG, JPEG, BMP or WSQ at 500 ppi), empty when nothing was captured
   */
  Optional<byte[]> scan(FingerPosition position);
}
