package org.openbmis.biometrics;

/** Checks image dimensions against {@link ImageReadOptions} before pixels are allocated. */
final class SizeLimits {
  private SizeLimits() {}

  static void check(int width, int height, ImageReadOptions options) {
    if (width <= 0 || height <= 0) {
      throw new BiometricInputException(BiometricError.CORRUPT_IMAGE, "image has no pixels");
    }
    if (width > options.maxSide()
        || height > options.maxSide()
        || (long) width * height > options.maxPixels()) {
      throw new BiometricInputException(
          BiometricError.TOO_LARGE, "image " + width + "x" + height + " exceeds the pixel limits");
    }
    if (width < options.minSide() || height < options.minSide()) {
      throw new BiometricInputException(
          BiometricError.TOO_SMALL, "image " + width + "x" + height + " is too small");
    }
  }
}
