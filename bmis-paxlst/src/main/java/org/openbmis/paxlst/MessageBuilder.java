package org.openbmis.paxlst;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns the segments of an interchange into {@link PaxlstMessage}s, one per UNH ... UNT. */
final class MessageBuilder {

  private static final Set<String> VERSIONS = Set.of("D02B", "D05B");

  private final LocalDate today;
  private final List<PaxlstMessage> messages = new ArrayList<>();
  private final List<ReadingError> errors = new ArrayList<>();
  private String sender;
  private LocalDateTime prepared;
  private Draft draft;

  MessageBuilder(LocalDate today) {
    this.today = today;
  }

  List<PaxlstMessage> messages() {
    return messages;
  }

  List<ReadingError> errors() {
    return errors;
  }

  void accept(Segment s) {
    switch (s.tag) {
      case "UNB" -> {
        sender = s.opt(2, 1);
        prepared = EdifactDates.dateTime(s.get(4, 1) + s.get(4, 2), "201");
      }
      case "UNH" -> startMessage(s);
      case "UNT" -> endMessage(s);
      case "UNA", "UNG", "UNE", "UNZ" -> {}
      default -> {
        if (draft != null) {
          draft.accept(s);
        } else if (!s.tag.matches("[A-Z]{3}")) {
          errors.add(
              new ReadingError("paxlst.not_a_segment", s.tag, s.position, "not a segment tag"));
        }
      }
    }
  }

  void finish() {
    if (draft != null) {
      errors.add(new ReadingError("paxlst.no_unt", "UNH", draft.start, "message without its UNT"));
    }
    if (messages.isEmpty() && errors.isEmpty()) {
      errors.add(new ReadingError("paxlst.no_message", null, 0, "no PAXLST message (UNH) found"));
    }
  }

  private void startMessage(Segment s) {
    if (draft != null) {
      errors.add(new ReadingError("paxlst.no_unt", "UNH", draft.start, "message without its UNT"));
    }
    draft = null;
    String type = s.get(2, 1);
    String version = s.get(2, 2) + s.get(2, 3);
    if (!"PAXLST".equals(type)) {
      errors.add(
          new ReadingError(
              "paxlst.not_paxlst", "UNH", s.position, "message type " + type + ", not PAXLST"));
      return;
    }
    if (!VERSIONS.contains(version)) {
      errors.add(
          new ReadingError(
              "paxlst.unsupported_version",
              "UNH",
              s.position,
              "version " + version + " (D02B and D05B are read)"));
      return;
    }
    MessagePart part = MessagePart.WHOLE;
    if (!s.get(4, 1).isEmpty()) {
      try {
        part =
            new MessagePart(s.opt(3, 1), Integer.parseInt(s.get(4, 1)), !"C".equals(s.get(4, 2)));
      } catch (NumberFormatException e) {
        errors.add(
            new ReadingError(
                "paxlst.bad_part", "UNH", s.position, "sequence of transfers " + s.get(4, 1)));
      }
    }
    draft = new Draft(version, s.get(1), part, s.position, today);
  }

  private void endMessage(Segment s) {
    if (draft == null) {
      return;
    }
    Draft d = draft;
    draft = null;
    if (d.legs().isEmpty()) {
      errors.add(
          new ReadingError(
              "paxlst.no_flight", "UNH", d.start, "no flight (TDT+20) in the message"));
      return;
    }
    for (FlightLeg leg : d.legs()) {
      if (leg.arrival() == null || leg.departure() == null) {
        errors.add(
            new ReadingError(
                "paxlst.no_location",
                "TDT",
                d.start,
                "leg " + leg.flightCode() + " without departure or arrival"));
        return;
      }
    }
    messages.add(d.build(sender, prepared));
  }
}
