package org.openbmis.app.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.Purpose;
import org.openbmis.app.movement.RefusalReason;
import org.openbmis.app.movement.TransportMode;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.visa.OverstayReport;

/** Turns the filters of a query into conditions on aggregate columns; unknown values are a 422. */
final class FilterTranslator {

  private final List<BorderPostSummary> posts;
  private final List<DeskSummary> desks;
  private final String countryCode;

  FilterTranslator(List<BorderPostSummary> posts, List<DeskSummary> desks, String countryCode) {
    this.posts = posts;
    this.desks = desks;
    this.countryCode = countryCode;
  }

  void apply(Dimension d, Set<String> values, SqlWhere where) {
    switch (d) {
      case POST:
        where.in("post_id", values.stream().map(this::postId).collect(Collectors.toSet()));
        break;
      case POST_TYPE:
        Set<String> types = upper(values);
        where.in(
            "post_id",
            posts.stream()
                .filter(p -> types.contains(p.type().name()))
                .map(BorderPostSummary::id)
                .toList());
        break;
      case DIRECTION:
        where.in("direction", checked(d, values, Direction.values()));
        break;
      case DECISION:
        where.in("decision", checked(d, values, Decision.values()));
        break;
      case PURPOSE:
        where.in("purpose", checked(d, values, Purpose.values()));
        break;
      case TRANSPORT_MODE:
        where.in("transport_mode", checked(d, values, TransportMode.values()));
        break;
      case REFUSAL_REASON:
        where.in("refusal_reason", checked(d, values, RefusalReason.values()));
        break;
      case NATIONALITY:
      case SEX:
      case CARRIER:
        where.in(d.column(), upper(values));
        break;
      case REGION:
      case SUBREGION:
        where.in(
            "nationality",
            values.stream().flatMap(v -> regionCodes(d, v).stream()).collect(Collectors.toSet()));
        break;
      case RESIDENCE:
        residence(values, where);
        break;
      case AGE_GROUP:
        where.in("age_from", values.stream().map(this::ageFrom).collect(Collectors.toSet()));
        break;
      case DESK:
        where.in("desk_id", values.stream().map(this::deskId).collect(Collectors.toSet()));
        break;
      case HOUR:
        where.in("at_hour", values.stream().map(this::hour).collect(Collectors.toSet()));
        break;
      case OVERSTAY_LENGTH:
        Set<String> lengths = values.stream().map(String::trim).collect(Collectors.toSet());
        if (!OverstayReport.LENGTHS.containsAll(lengths)) {
          throw invalid(d, "one of " + String.join(", ", OverstayReport.LENGTHS));
        }
        where.in("overstay_length", lengths);
        break;
      case STAY_LENGTH:
        where.in("stay_from", values.stream().map(this::stayFrom).collect(Collectors.toSet()));
        break;
      default:
        throw invalid(d, "filter by the period (from, to) instead");
    }
  }

  private void residence(Set<String> values, SqlWhere where) {
    Set<String> v = upper(values);
    if (!Set.of("RESIDENT", "NON_RESIDENT").containsAll(v)) {
      throw invalid(Dimension.RESIDENCE, "RESIDENT or NON_RESIDENT");
    }
    if (v.size() == 1) {
      if (v.contains("RESIDENT")) {
        where.eq("nationality", countryCode);
      } else {
        where.ne("nationality", countryCode);
      }
    }
  }

  private Set<String> regionCodes(Dimension d, String name) {
    Set<String> codes = Regions.codesOf(name.trim());
    if (codes.isEmpty()) {
      throw invalid(d, "unknown region " + name);
    }
    return codes;
  }

  private UUID postId(String codeOrId) {
    return posts.stream()
        .filter(
            p ->
                p.code().equalsIgnoreCase(codeOrId.trim())
                    || p.id().toString().equals(codeOrId.trim()))
        .map(BorderPostSummary::id)
        .findFirst()
        .orElseThrow(() -> invalid(Dimension.POST, "unknown post " + codeOrId));
  }

  private UUID deskId(String labelOrId) {
    String s = labelOrId.trim();
    return desks.stream()
        .filter(
            dk ->
                dk.id().toString().equals(s)
                    || s.endsWith("/" + dk.code())
                        && postId(s.substring(0, s.lastIndexOf('/'))).equals(dk.postId()))
        .map(DeskSummary::id)
        .findFirst()
        .orElseThrow(() -> invalid(Dimension.DESK, "unknown desk " + labelOrId));
  }

  private int ageFrom(String label) {
    Integer from = Labels.ageFrom(label.trim());
    if (from == null) {
      throw invalid(Dimension.AGE_GROUP, "five-year bands such as 25-29, or 85+");
    }
    return from;
  }

  private int stayFrom(String label) {
    Integer from = Labels.stayFrom(label.trim());
    if (from == null) {
      throw invalid(
          Dimension.STAY_LENGTH,
          "one of "
              + String.join(
                  ", ", AggregateSql.STAY_BANDS.stream().map(Labels::stayLength).toList()));
    }
    return from;
  }

  private int hour(String h) {
    try {
      int v = Integer.parseInt(h.trim());
      if (v >= 0 && v < 24) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(Dimension.HOUR, "0 to 23");
  }

  private static Set<String> checked(Dimension d, Set<String> values, Enum<?>[] allowed) {
    Set<String> names = Arrays.stream(allowed).map(Enum::name).collect(Collectors.toSet());
    names.add("-");
    Set<String> v = upper(values);
    if (!names.containsAll(v)) {
      throw invalid(d, "one of " + names);
    }
    return v;
  }

  private static Set<String> upper(Set<String> values) {
    return values.stream().map(v -> v.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  static InvalidInputProblem invalid(Dimension d, String message) {
    return new InvalidInputProblem(
        "statistics.filter_invalid",
        "Invalid filter " + d.param() + ": " + message,
        List.of(
            new InvalidInputProblem.FieldError(d.param(), "statistics.filter_invalid", message)));
  }
}
