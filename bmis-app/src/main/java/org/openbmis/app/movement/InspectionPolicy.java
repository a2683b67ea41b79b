package org.openbmis.app.movement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
   * The direction to propose: an exit if a stay is open; an entry after an admitted exit; with no
   * history, an exit for the country's own nationals (they usually leave first) and an entry for
   * everyone else.
   */
  static Direction propose(
      Optional<MovementSummary> lastAdmitted, @Nullable String nationality, String homeCountry) {
    if (lastAdmitted.isPresent()) {
      return lastAdmitted.get().direction() == Direction.ENTRY ? Direction.EXIT : Direction.ENTRY;
    }
    return homeCountry.equals(nationality) ? Direction.EXIT : Direction.ENTRY;
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
