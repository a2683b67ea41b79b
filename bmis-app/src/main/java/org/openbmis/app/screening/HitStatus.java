package org.openbmis.app.screening;

/** Where a hit stands: open until a supervisor resolves it. */
public enum HitStatus {
  OPEN,
  CONFIRMED,
  FALSE_POSITIVE
}
