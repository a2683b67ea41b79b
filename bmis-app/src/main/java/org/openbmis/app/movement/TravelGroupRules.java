package org.openbmis.app.movement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.InvalidInputProblem;

/** What a group must be, checked before it is stored; no Spring, no I/O. */
final class TravelGroupRules {

  private static final Pattern PLATE = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,14}[A-Z0-9]|[A-Z0-9]");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{1,3}");

  private TravelGroupRules() {}

  /**
   * The vehicle of a {@code VEHICLE} group, its plate in upper case with single spaces; 422 for a
   * vehicle missing or malformed, a vehicle on a family or tour, or a vehicle at an airport.
   */
  static @Nullable Vehicle vehicle(StartGroupCommand cmd, boolean vehiclesCross) {
    var v = cmd.vehicle();
    if (cmd.kind() != TravelGroupKind.VEHICLE) {
      if (v != null && (notBlank(v.plate()) || notBlank(v.country()) || v.type() != null)) {
        throw invalid("vehicle", "movement.vehicle_not_expected", "Only a vehicle group has one.");
      }
      return null;
    }
    if (!vehiclesCross) {
      throw invalid(
          "kind", "movement.vehicle_not_at_this_post", "Vehicles cross at land and sea posts.");
    }
    List<InvalidInputProblem.FieldError> errors = new ArrayList<>();
    String plate =
        v == null || v.plate() == null
            ? ""
            : v.plate().strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    String country =
        v == null || v.country() == null ? "" : v.country().strip().toUpperCase(Locale.ROOT);
    if (!PLATE.matcher(plate).matches()) {
      errors.add(
          new InvalidInputProblem.FieldError("vehicle.plate", "movement.plate_invalid", plate));
    }
    if (!COUNTRY.matcher(country).matches()) {
      errors.add(
          new InvalidInputProblem.FieldError(
              "vehicle.country", "movement.vehicle_country_invalid", country));
    }
    if (v == null || v.type() == null) {
      errors.add(
          new InvalidInputProblem.FieldError(
              "vehicle.type", "movement.vehicle_type_required", "required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputProblem(
          "movement.vehicle_invalid",
          "A vehicle needs its plate, its country of registration and its type.",
          errors);
    }
    return new Vehicle(plate, country, v.type());
  }

  /** The group's name, stripped; 422 beyond 120 characters. */
  static @Nullable String label(@Nullable String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    if (label.strip().length() > 120) {
      throw invalid("label", "movement.group_label_too_long", "At most 120 characters.");
    }
    return label.strip();
  }

  /**
   * The members as listed: a scan that was never decided is left out when the same traveller has
   * another scan in the group (a rescan after a cancelled one); every decided scan is kept.
   */
  static List<TravelGroupRepository.MemberRow> withoutAbandonedScans(
      List<TravelGroupRepository.MemberRow> rows) {
    Set<UUID> decided = new HashSet<>();
    Set<UUID> latestUndecided = new HashSet<>();
    for (var r : rows) {
      if (r.decision() != null) {
        decided.add(r.travellerId());
      }
    }
    List<TravelGroupRepository.MemberRow> out = new ArrayList<>();
    for (int i = rows.size() - 1; i >= 0; i--) {
      var r = rows.get(i);
      if (r.decision() != null
          || !decided.contains(r.travellerId()) && latestUndecided.add(r.travellerId())) {
        out.add(0, r);
      }
    }
    return out;
  }

  private static boolean notBlank(@Nullable String s) {
    return s != null && !s.isBlank();
  }

  private static InvalidInputProblem invalid(String field, String code, String message) {
    return new InvalidInputProblem(
        code, message, List.of(new InvalidInputProblem.FieldError(field, code, message)));
  }
}
