package org.openbmis.paxlst;

/** What a PAXLST message lists (BGM document name code). */
public enum ListType {
  /** BGM 745: passenger list. */
  PASSENGERS,
  /** BGM 250: crew list (also 336, crew in transit, and 266, flight close-out crew). */
  CREW;

  static ListType ofCode(String code) {
    return switch (code) {
      case "250", "336" -> CREW;
      default -> PASSENGERS;
    };
  }
}
