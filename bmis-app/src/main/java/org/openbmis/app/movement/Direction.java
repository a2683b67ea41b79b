package org.openbmis.app.movement;

/** The direction of a crossing. */
public enum Direction {
  ENTRY,
  EXIT
}
