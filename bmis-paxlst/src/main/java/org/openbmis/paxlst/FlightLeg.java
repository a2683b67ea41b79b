package org.openbmis.paxlst;

import java.time.LocalDateTime;

/**
 * One leg of the flight (TDT+20 with its LOC and DTM): carrier and number, departure and arrival
 * location codes (IATA airport or UN/LOCODE), scheduled local times as sent (DTM 189 and 232).
 * Absent values are null.
 */
public record FlightLeg(
    String carrier,
    String number,
    String departure,
    LocalDateTime scheduledDeparture,
    String arrival,
    LocalDateTime scheduledArrival) {

  /** Carrier and number together ({@code XX123}), as printed on a boarding pass. */
  public String flightCode() {
    return (carrier == null ? "" : carrier) + (number == null ? "" : number);
  }
}
