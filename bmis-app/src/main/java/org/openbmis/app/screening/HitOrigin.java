package org.openbmis.app.screening;

/** What produced a hit: the desk during an inspection, or re-screening after a list change. */
public enum HitOrigin {
  DESK,
  RESCREEN
}
