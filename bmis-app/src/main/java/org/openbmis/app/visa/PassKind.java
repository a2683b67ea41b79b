package org.openbmis.app.visa;

/** Passes: seafarers' shore passes (vessel, port) and border-area residents' passes (zone). */
public enum PassKind {
  SHORE,
  BORDER
}
