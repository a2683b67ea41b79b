package org.openbmis.app.movement;

/** What a crew list belongs to. */
public enum CrewListKind {
  FLIGHT,
  VESSEL
}
