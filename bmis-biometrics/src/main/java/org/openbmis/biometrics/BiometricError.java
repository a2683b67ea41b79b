package org.openbmis.biometrics;

/** Why biometric input was rejected. Each value carries a stable message code. */
public enum BiometricError {
  /** The bytes are in none of the supported formats. */
  UNSUPPORTED_FORMAT("biometrics.unsupported_format"),
  /** The bytes look like a supported format but cannot be decoded. */
  CORRUPT_IMAGE("biometrics.corrupt_image"),
  /** The image resolution is not the expected one (500 ppi within tolerance). */
  RESOLUTION("biometrics.resolution"),
  /** The image decodes but does not show a usable fingerprint. */
  NOT_A_FINGERPRINT("biometrics.not_a_fingerprint"),
  /** The input exceeds the byte or pixel limits. */
  TOO_LARGE("biometrics.too_large"),
  /** The image is smaller than the minimum size. */
  TOO_SMALL("biometrics.too_small"),
  /** A minutiae template (ISO/ANSI or our own) cannot be read. */
  CORRUPT_TEMPLATE("biometrics.corrupt_template"),
  /** A stored template was made by another engine or an incompatible engine version. */
  TEMPLATE_ENGINE_MISMATCH("biometrics.template_engine_mismatch"),
  /** An ANSI/NIST-ITL file is malformed. */
  CORRUPT_TRANSACTION("biometrics.corrupt_transaction"),
  /** A face photo fails the portrait checks. */
  NOT_A_PORTRAIT("biometrics.not_a_portrait");

  private final String code;

  BiometricError(String code) {
    this.code = code;
  }

  /**
   * Returns the stable message code, {@code biometrics.<reason>}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
