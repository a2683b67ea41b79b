package org.openbmis.app.movement;

/**
 * The decision at primary inspection. {@code REFERRED} opens a secondary case and records no
 * movement until the case is closed. {@code REFERRED_TO_SECONDARY} is accepted as a synonym in
 * commands and remains on movements recorded before secondary cases existed.
 */
public enum Decision {
  ADMITTED,
  REFUSED,
  REFERRED,
  REFERRED_TO_SECONDARY;

  /** Whether this decision is a referral to secondary inspection. */
  public boolean referral() {
    return this == REFERRED || this == REFERRED_TO_SECONDARY;
  }
}
