package org.openbmis.app.movement;

/** How the traveller crosses: the carrier field holds the flight, vessel or vehicle number. */
public enum TransportMode {
  AIR,
  SEA,
  ROAD,
  RAIL,
  PEDESTRIAN,
  OTHER
}
