package org.openbmis.biometrics.ansinist;

import org.openbmis.biometrics.BiometricError;
import org.openbmis.biometrics.BiometricInputException;
import org.openbmis.biometrics.FingerprintImage;
import org.openbmis.biometrics.ImageReadOptions;

/** Uncompressed 8-bit greyscale image data of a record. */
final class RawImage {
  private RawImage() {}

  static FingerprintImage decode(AnsiNistFinger f, ImageReadOptions options) {
    long pixels = (long) f.width() * f.height();
    if (f.width() > options.maxSide()
        || f.height() > options.maxSide()
        || pixels > options.maxPixels()) {
      throw new BiometricInputException(BiometricError.TOO_LARGE, "record image too large");
    }
    if (f.width() < options.minSide() || f.height() < options.minSide()) {
      throw new BiometricInputException(BiometricError.TOO_SMALL, "record image too small");
    }
    byte[] data = f.data();
    if (data.length != pixels) {
      throw new BiometricInputException(
          BiometricError.CORRUPT_IMAGE,
          "uncompressed image has " + data.length + " bytes, expected " + pixels);
    }
    return FingerprintImage.raw(f.width(), f.height(), data, options.callerDpi());
  }
}
