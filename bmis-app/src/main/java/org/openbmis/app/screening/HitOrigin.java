package org.openbmis.app.screening;

/**
 * What produced a hit: the desk during an inspection (names and documents), a fingerprint capture
 * at the desk matching the prints of a person alert, re-screening after a list change, or a flight
 * manifest before arrival.
 */
public enum HitOrigin {
  DESK,
  BIOMETRIC,
  RESCREEN,
  /** A flight manifest (advance passenger information) screened before the aircraft lands. */
  MANIFEST
}
