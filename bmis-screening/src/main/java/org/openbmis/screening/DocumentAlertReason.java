package org.openbmis.screening;

/** Why a document is on an alert list. */
public enum DocumentAlertReason {
  /** Reported lost. */
  LOST,
  /** Reported stolen (blank or issued). */
  STOLEN,
  /** Revoked by the issuer. */
  REVOKED,
  /** Invalid for another reason (counterfeit series, cancelled...). */
  INVALID
}
