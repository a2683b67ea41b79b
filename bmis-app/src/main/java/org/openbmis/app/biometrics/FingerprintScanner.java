package org.openbmis.app.biometrics;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

  /**
   * Scans one finger of the traveller presenting this document. A real scanner ignores the
   * document; the simulator uses it to present a given person's prints ({@link
   * FileFingerprintScanner}).
   *
   * @param position the finger to place on the scanner
   * @param documentNumber the number of the document being inspected, if known
   * @return the image file, empty when nothing was captured
   */
  default Optional<byte[]> scan(FingerPosition position, @Nullable String documentNumber) {
    return scan(position);
  }
}
