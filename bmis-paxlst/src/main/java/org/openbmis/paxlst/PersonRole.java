package org.openbmis.paxlst;

/** A person's role on the list (NAD party function code qualifier). */
public enum PersonRole {
  /** NAD+FL: passenger. */
  PASSENGER,
  /** NAD+FM: crew member; NAD+DDT, DDU: crew in transit (counted as crew). */
  CREW;

  static PersonRole ofQualifier(String qualifier) {
    return switch (qualifier) {
      case "FM", "DDT", "DDU" -> CREW;
      default -> PASSENGER;
    };
  }

  static boolean isPerson(String qualifier) {
    return switch (qualifier) {
      case "FL", "FM", "DDT", "DDU", "COT" -> true;
      default -> false;
    };
  }
}
