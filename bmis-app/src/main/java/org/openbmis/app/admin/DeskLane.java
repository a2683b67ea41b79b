package org.openbmis.app.admin;

/** Who queues at a desk. A crew lane marks the travellers it inspects as crew (ADR 0016). */
public enum DeskLane {
  PASSENGERS,
  CREW,
  VEHICLES,
  DIPLOMATIC
}
