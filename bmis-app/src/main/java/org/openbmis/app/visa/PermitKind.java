package org.openbmis.app.visa;

/** Permits that authorise a stay: work, residence, or an extension of the current stay. */
public enum PermitKind {
  WORK,
  RESIDENCE,
  EXTENSION
}
