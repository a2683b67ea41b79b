package org.openbmis.app.movement;

/** How a secondary case ends. ADMITTED and REFUSED record the crossing's one movement. */
public enum SecondaryOutcome {
  ADMITTED,
  REFUSED,
  /** Handed to another authority (police, immigration detention, health): no crossing recorded. */
  OTHER_AUTHORITY,
  /** The traveller withdrew the application to enter (or leave): no crossing recorded. */
  WITHDRAWN
}
