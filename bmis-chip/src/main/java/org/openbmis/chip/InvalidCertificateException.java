package org.openbmis.chip;

/** Bytes that are not an X.509 certificate, CRL or CSCA master list of the expected shape. */
public final class InvalidCertificateException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidCertificateException(String message) {
    super(message);
  }

  public InvalidCertificateException(String message, Throwable cause) {
    super(message, cause);
  }
}
