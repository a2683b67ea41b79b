package org.openbmis.chip;

/** The bytes given as EF.SOD are not an ICAO document security object. */
public final class NotASecurityObjectException extends Exception {
  private static final long serialVersionUID = 1L;

  public NotASecurityObjectException(String message) {
    super(message);
  }

  public NotASecurityObjectException(String message, Throwable cause) {
    super(message, cause);
  }
}
