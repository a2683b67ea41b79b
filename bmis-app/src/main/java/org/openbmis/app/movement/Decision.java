package org.openbmis.app.movement;

/** The officer's decision at primary inspection. */
public enum Decision {
  ADMITTED,
  REFUSED,
  REFERRED_TO_SECONDARY
}
