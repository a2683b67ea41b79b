package org.openbmis.app.movement;

/** What holds a group of travellers together at the desk (ADR 0016). */
public enum TravelGroupKind {
  /** A vehicle: the driver and the passengers, at a land post or a ferry terminal. */
  VEHICLE,
  /** A family. */
  FAMILY,
  /** A tour or another organised party. */
  TOUR
}
