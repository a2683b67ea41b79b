package org.openbmis.biometrics.crypto;

/**
 * An encrypted record cannot be decrypted: it is malformed, was altered, belongs to another record
 * id, or was encrypted with another key. Code {@code biometrics.decryption_failed}.
 */
public class TemplateCipherException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The stable message code. */
  public static final String CODE = "biometrics.decryption_failed";

  /**
   * Creates the exception.
   *
   * @param message details for logs
   */
  public TemplateCipherException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message details for logs
   * @param cause the JCE exception
   */
  public TemplateCipherException(String message, Throwable cause) {
    super(message, cause);
  }
}
