package org.openbmis.biometrics;

/** Where the resolution of a {@link FingerprintImage} came from. */
public enum ResolutionSource {
  /** Read from the file (WSQ comment, PNG pHYs, JPEG JFIF, BMP header). */
  FILE,
  /** Given by the caller (for instance from an ANSI/NIST record or a scanner's specification). */
  CALLER,
  /**
   * Not stated in the file (or stated as a screen default of 72 or 96 dpi), so the expected
   * resolution was assumed.
   */
  ASSUMED
}
