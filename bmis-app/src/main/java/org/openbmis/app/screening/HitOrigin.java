package org.openbmis.app.screening;

/**
 * What produced a hit: the desk during an inspection (names and documents), a fingerprint capture
 * at the desk matching the prints of a person alert, or re-screening after a list change.
 */
public enum HitOrigin {
  DESK,
  BIOMETRIC,
  RESCREEN
}
