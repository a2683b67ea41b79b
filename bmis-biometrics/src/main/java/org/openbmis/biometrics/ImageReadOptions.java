package org.openbmis.biometrics;

/**
 * Limits and resolution policy for {@link FingerprintImageReader}.
 *
 * <p>Defaults ({@link #defaults()}): at most 10 MB and 12 megapixels, sides 100-4000 pixels,
 * expected resolution 500 ppi with 10 % tolerance, no caller-given resolution, and the screen
 * defaults 72 and 96 dpi (written by most image tools when they know nothing better) treated as
 * "not stated".
 *
 * @param maxBytes largest accepted file, in bytes
 * @param maxPixels largest accepted image, width times height
 * @param maxSide largest accepted width or height
 * @param minSide smallest accepted width or height
 * @param expectedDpi the resolution fingerprints must have
 * @param tolerance accepted relative deviation from {@code expectedDpi}, e.g. 0.1
 * @param callerDpi resolution stated by the caller, overriding the file; 0 when not given
 * @param screenDefaultsUnknown whether 72 and 96 dpi in a file count as "not stated"
 */
public record ImageReadOptions(
    int maxBytes,
    long maxPixels,
    int maxSide,
    int minSide,
    double expectedDpi,
    double tolerance,
    double callerDpi,
    boolean screenDefaultsUnknown) {

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException if a limit is not positive, the sides are inconsistent, or a
   *     resolution is out of 50-2000 ppi
   */
  public ImageReadOptions {
    if (maxBytes <= 0 || maxPixels <= 0 || minSide <= 0 || maxSide < minSide) {
      throw new IllegalArgumentException("invalid size limits");
    }
    if (!(expectedDpi >= 50 && expectedDpi <= 2000) || !(tolerance >= 0 && tolerance < 1)) {
      throw new IllegalArgumentException("invalid resolution policy");
    }
    if (callerDpi != 0 && !(callerDpi >= 50 && callerDpi <= 2000)) {
      throw new IllegalArgumentException("invalid caller resolution: " + callerDpi);
    }
  }

  /**
   * Returns the default options.
   *
   * @return 10 MB, 12 MP, sides 100-4000, 500 ppi +/- 10 %
   */
  public static ImageReadOptions defaults() {
    return new ImageReadOptions(10_000_000, 12_000_000L, 4000, 100, 500, 0.10, 0, true);
  }

  /**
   * Returns a copy with a caller-given resolution that overrides what the file says.
   *
   * @param dpi pixels per inch, 50-2000
   * @return the new options
   * @throws IllegalArgumentException if dpi is out of range
   */
  public ImageReadOptions withCallerDpi(double dpi) {
    return new ImageReadOptions(
        maxBytes, maxPixels, maxSide, minSide, expectedDpi, tolerance, dpi, screenDefaultsUnknown);
  }

  /**
   * Returns a copy with other size limits.
   *
   * @param maxBytes largest file
   * @param maxPixels largest width times height
   * @param minSide smallest side
   * @param maxSide largest side
   * @return the new options
   * @throws IllegalArgumentException if the limits are inconsistent
   */
  public ImageReadOptions withLimits(int maxBytes, long maxPixels, int minSide, int maxSide) {
    return new ImageReadOptions(
        maxBytes,
        maxPixels,
        maxSide,
        minSide,
        expectedDpi,
        tolerance,
        callerDpi,
        screenDefaultsUnknown);
  }

  boolean acceptsDpi(double dpi) {
    return Math.abs(dpi - expectedDpi) <= expectedDpi * tolerance;
  }

  static boolean isScreenDefault(double dpi) {
    return Math.abs(dpi - 72) < 1 || Math.abs(dpi - 96) < 1;
  }
}
