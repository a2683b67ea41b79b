package org.openbmis.app.movement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.DeskFlow;
import org.openbmis.app.admin.PostType;

/** What the history says: the direction to propose, the open stay and the history warnings. */
final class InspectionPolicy {

  private InspectionPolicy() {}

  /** An admitted entry with no admitted exit after it. */
  static Optional<OpenStay> openStay(Optional<MovementSummary> lastAdmitted, LocalDate today) {
    return lastAdmitted
        .filter(m -> m.direction() == Direction.ENTRY)
        .map(
            m -> new OpenStay(m.id(), m.localDate(), m.postCode(), stayDays(m.localDate(), today)));
  }

  /**
   * Inclusive days of presence: entry and exit days both count, a same-day entry and exit is one
   * day.
   */
  static int stayDays(LocalDate entry, LocalDate exit) {
    return (int) ChronoUnit.DAYS.between(entry, exit) + 1;
  }

  /**
   * The direction to propose. The desk's flow comes first: every scan at an arrivals desk is an
   * entry, every scan at a departures desk an exit, whatever the history says (a contradiction is a
   * history warning, not a reason to propose the wrong queue's direction). At a desk that serves
   * both ways (or with no desk) the history decides: an exit if the last admitted movement is an
   * entry, an entry otherwise, and an entry for a traveller with no history, national or not (a
   * national's first crossing on record used to be proposed as an exit; ADR 0016).
   */
  static Direction propose(DeskFlow flow, Optional<MovementSummary> lastAdmitted) {
    return switch (flow) {
      case ARRIVALS -> Direction.ENTRY;
      case DEPARTURES -> Direction.EXIT;
      case BOTH ->
          lastAdmitted.isPresent() && lastAdmitted.get().direction() == Direction.ENTRY
              ? Direction.EXIT
              : Direction.ENTRY;
    };
  }

  static List<InspectionWarning> historyWarnings(
      Direction direction,
      Optional<MovementSummary> lastAdmitted,
      long refusals,
      boolean newTraveller,
      boolean national) {
    List<InspectionWarning> w = new ArrayList<>();
    if (lastAdmitted.isPresent()) {
      MovementSummary last = lastAdmitted.get();
      if (direction == Direction.ENTRY && last.direction() == Direction.ENTRY) {
        w.add(
            new InspectionWarning(
                "movement.no_exit_recorded",
                "WARNING",
                "direction",
                "Entered on "
                    + last.localDate()
                    + " at "
                    + last.postCode()
                    + " with no exit recorded since."));
      }
      if (direction == Direction.EXIT && last.direction() == Direction.EXIT) {
        w.add(
            new InspectionWarning(
                "movement.no_entry_recorded",
                "WARNING",
                "direction",
                "Left on "
                    + last.localDate()
                    + " at "
                    + last.postCode()
                    + " with no entry recorded since."));
      }
    } else if (direction == Direction.EXIT && !national) {
      w.add(
          new InspectionWarning(
              "movement.exit_without_entry",
              "WARNING",
              "direction",
              "No entry on record for this traveller."));
    }
    if (refusals > 0) {
      w.add(
          new InspectionWarning(
              "movement.previous_refusals",
              "ALERT",
              "history",
              "Refused " + refusals + " time(s) before."));
    }
    if (newTraveller) {
      w.add(
          new InspectionWarning(
              "movement.first_crossing", "INFO", "history", "First crossing on record."));
    }
    return w;
  }

  static TransportMode transportFor(PostType type) {
    return switch (type) {
      case AIR -> TransportMode.AIR;
      case SEA -> TransportMode.SEA;
      case LAND -> TransportMode.ROAD;
    };
  }

  static @Nullable Purpose purposeFor(Direction direction, boolean national) {
    if (national) {
      return direction == Direction.ENTRY ? Purpose.RETURNING_RESIDENT : Purpose.OTHER;
    }
    return direction == Direction.ENTRY ? Purpose.TOURISM : null;
  }
}
