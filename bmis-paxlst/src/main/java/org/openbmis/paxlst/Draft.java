package org.openbmis.paxlst;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A message being read: header, legs, and the person being read. */
final class Draft {

  final String version;
  final String reference;
  final MessagePart part;
  final int start;
  private final LocalDate today;
  private ListType listType = ListType.PASSENGERS;
  private String reportingParty;
  private int declared = -1;
  private final List<LegDraft> legs = new ArrayList<>();
  private final List<ListedPerson> persons = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private PersonDraft person;

  Draft(String version, String reference, MessagePart part, int start, LocalDate today) {
    this.version = version;
    this.reference = reference;
    this.part = part;
    this.start = start;
    this.today = today;
  }

  void accept(Segment s) {
    switch (s.tag) {
      case "BGM" -> listType = ListType.ofCode(s.get(1));
      case "NAD" -> nad(s);
      case "TDT" -> {
        closePerson();
        if ("20".equals(s.get(1))) {
          legs.add(new LegDraft(s.get(2), s.get(5, 1)));
        }
      }
      case "CNT" -> {
        closePerson();
        try {
          declared = Integer.parseInt(s.get(1, 2));
        } catch (NumberFormatException e) {
          notes.add("CNT segment " + s.position + " without a number");
        }
      }
      default -> {
        if (person != null) {
          person.accept(s, notes);
        } else if (!legs.isEmpty()) {
          legs.get(legs.size() - 1).accept(s);
        }
      }
    }
  }

  private void nad(Segment s) {
    closePerson();
    String qualifier = s.get(1);
    if ("MS".equals(qualifier)) {
      reportingParty = s.opt(4, 1) != null ? s.opt(4, 1) : s.opt(2, 1);
    } else if (PersonRole.isPerson(qualifier)) {
      person = new PersonDraft(PersonRole.ofQualifier(qualifier), s, persons.size() + 1, today);
    }
  }

  private void closePerson() {
    if (person != null) {
      persons.add(person.build(notes));
      person = null;
    }
  }

  List<FlightLeg> legs() {
    return legs.stream().map(LegDraft::build).toList();
  }

  PaxlstMessage build(String sender, LocalDateTime prepared) {
    closePerson();
    if (declared >= 0 && part.whole() && declared != persons.size()) {
      notes.add(
          "the carrier declared "
              + declared
              + " persons (CNT), the message lists "
              + persons.size());
    }
    return new PaxlstMessage(
        version,
        reference,
        part,
        listType,
        sender,
        reportingParty,
        prepared,
        legs(),
        persons,
        declared,
        notes);
  }

  /**
   * TDT+20 and its LOC/DTM: 125 and 87 (D02B), or two LOC+92 (D05B): first departure, then arrival.
   */
  private static final class LegDraft {
    private final String carrier;
    private final String number;
    private String departure;
    private String arrival;
    private LocalDateTime departs;
    private LocalDateTime arrives;

    LegDraft(String flightId, String carrier) {
      String id = flightId.replace(" ", "");
      String c = carrier.isEmpty() ? (id.length() > 2 ? id.substring(0, 2) : id) : carrier;
      this.carrier = c;
      this.number = id.startsWith(c) ? id.substring(c.length()) : id;
    }

    void accept(Segment s) {
      if ("LOC".equals(s.tag)) {
        String code = s.opt(2, 1);
        switch (s.get(1)) {
          case "125" -> departure = code;
          case "87" -> arrival = code;
          case "92" -> {
            if (departure == null) {
              departure = code;
            } else {
              arrival = code;
            }
          }
          default -> {}
        }
      } else if ("DTM".equals(s.tag)) {
        LocalDateTime t = EdifactDates.dateTime(s.get(1, 2), s.get(1, 3));
        if ("189".equals(s.get(1, 1))) {
          departs = t;
        } else if ("232".equals(s.get(1, 1))) {
          arrives = t;
        }
      }
    }

    FlightLeg build() {
      return new FlightLeg(carrier, number, departure, departs, arrival, arrives);
    }
  }
}
