package org.openbmis.biometrics;

import java.util.Objects;

/**
 * Biometric input (an image, a template, an ANSI/NIST file) was rejected. Carries a stable {@link
 * BiometricError} code; the message is for logs and never contains biometric data.
 */
public class BiometricInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient BiometricError error;

  /**
   * Creates the exception.
   *
   * @param error why the input was rejected
   * @param message details for logs
   */
  public BiometricInputException(BiometricError error, String message) {
    super(message);
    this.error = Objects.requireNonNull(error, "error");
  }

  /**
   * Creates the exception with a cause.
   *
   * @param error why the input was rejected
   * @param message details for logs
   * @param cause the library exception that was wrapped
   */
  public BiometricInputException(BiometricError error, String message, Throwable cause) {
    super(message, cause);
    this.error = Objects.requireNonNull(error, "error");
  }

  /**
   * Returns why the input was rejected.
   *
   * @return the error
   */
  public BiometricError error() {
    return error;
  }

  /**
   * Returns the stable message code, e.g. {@code biometrics.corrupt_image}.
   *
   * @return the code
   */
  public String code() {
    return error.code();
  }
}
