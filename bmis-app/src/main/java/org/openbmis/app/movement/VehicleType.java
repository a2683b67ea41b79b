package org.openbmis.app.movement;

/** The kind of a vehicle crossing with its driver and passengers. */
public enum VehicleType {
  CAR,
  MOTORCYCLE,
  MINIBUS,
  BUS,
  TRUCK,
  OTHER
}
