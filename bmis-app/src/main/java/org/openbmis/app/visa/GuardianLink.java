package org.openbmis.app.visa;

import java.time.Instant;
import java.util.UUID;

/** A minor registered with the adult accompanying them, shown on later crossings of either. */
public record GuardianLink(
    UUID id,
    UUID childTravellerId,
    UUID adultTravellerId,
    Relationship relationship,
    Instant registeredAt) {

  /** How the adult is related to the child. */
  public enum Relationship {
    PARENT,
    LEGAL_GUARDIAN,
    RELATIVE,
    OTHER_ADULT
  }
}
