package org.openbmis.paxlst;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One PAXLST message as read: its version ({@code D02B}, {@code D05B}), UNH reference and part,
 * list type, sender (UNB), reporting party (NAD+MS), the flight's legs in message order, the
 * persons listed, the count the carrier declared (CNT+41/42, or -1), the interchange's preparation
 * time (UNB, may be null) and data-quality notes (a person without a document, a date that does not
 * exist): the message stays usable, the notes say what is missing.
 */
public record PaxlstMessage(
    String version,
    String reference,
    MessagePart part,
    ListType listType,
    String sender,
    String reportingParty,
    LocalDateTime prepared,
    List<FlightLeg> legs,
    List<ListedPerson> persons,
    int declaredCount,
    List<String> qualityNotes) {

  public PaxlstMessage {
    legs = List.copyOf(legs);
    persons = List.copyOf(persons);
    qualityNotes = List.copyOf(qualityNotes);
  }

  public long passengers() {
    return persons.stream().filter(p -> p.role() == PersonRole.PASSENGER).count();
  }

  public long crew() {
    return persons.stream().filter(p -> p.role() == PersonRole.CREW).count();
  }
}
