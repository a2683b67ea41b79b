package org.openbmis.app.statistics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.DeskSummary;

/**
 * Turns aggregate column values into the labels of a dimension (post codes, ISO weeks, age bands).
 */
final class Labels {

  private final Map<UUID, BorderPostSummary> posts;
  private final Map<UUID, String> desks;
  private final String countryCode;

  Labels(Iterable<BorderPostSummary> posts, Map<UUID, DeskSummary> desks, String countryCode) {
    this.posts =
        java.util.stream.StreamSupport.stream(posts.spliterator(), false)
            .collect(Collectors.toMap(BorderPostSummary::id, Function.identity()));
    this.desks =
        desks.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> deskLabel(e.getValue())));
    this.countryCode = countryCode;
  }

  String label(Dimension d, Object v) {
    switch (d) {
      case DAY:
        return v.toString();
      case WEEK:
        LocalDate day = (LocalDate) v;
        return String.format(
            "%d-W%02d",
            day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        int m = yyyymm(v);
        return String.format("%04d-%02d", m / 100, m % 100);
      case YEAR:
        return Integer.toString(yyyymm(v) / 100);
      case POST:
        BorderPostSummary p = posts.get((UUID) v);
        return p == null ? (AggregateSql.NO_DESK_ID.equals(v) ? "-" : v.toString()) : p.code();
      case POST_TYPE:
        BorderPostSummary pt = posts.get((UUID) v);
        return pt == null ? "-" : pt.type().name();
      case REGION:
        return Regions.region(v.toString());
      case SUBREGION:
        return Regions.subregion(v.toString());
      case RESIDENCE:
        return countryCode.equals(v) ? "RESIDENT" : "NON_RESIDENT";
      case AGE_GROUP:
        return ageGroup(((Number) v).intValue());
      case DESK:
        return desks.getOrDefault((UUID) v, "-");
      case HOUR:
        return String.format("%02d", ((Number) v).intValue());
      case STAY_LENGTH:
        return stayLength(((Number) v).intValue());
      default:
        return v.toString();
    }
  }

  /** The five-year band of a lower bound: {@code 30-34}, {@code 85+}, {@code -} when unknown. */
  static String ageGroup(int from) {
    if (from < 0) {
      return "-";
    }
    return from >= 85 ? "85+" : String.format("%02d-%02d", from, from + 4);
  }

  /**
   * The label of a stay band from its lower bound ({@link AggregateSql#STAY_BANDS}): {@code 1},
   * {@code 2-7}, ..., {@code 366+}, in days of presence.
   */
  static String stayLength(int from) {
    List<Integer> bands = AggregateSql.STAY_BANDS;
    int i = bands.indexOf(from);
    if (i < 0) {
      return "-";
    }
    if (i == bands.size() - 1) {
      return from + "+";
    }
    int to = bands.get(i + 1) - 1;
    return to == from ? Integer.toString(from) : from + "-" + to;
  }

  /** The lower bound of a stay band label, or null when the label is not a band. */
  static Integer stayFrom(String label) {
    return AggregateSql.STAY_BANDS.stream()
        .filter(b -> stayLength(b).equals(label))
        .findFirst()
        .orElse(null);
  }

  /** The lower bound of an age band label, or null when the label is not a band. */
  static Integer ageFrom(String label) {
    if (label.equals("-")) {
      return -1;
    }
    if (label.equals("85+")) {
      return 85;
    }
    String[] parts = label.split("-");
    try {
      int from = Integer.parseInt(parts[0]);
      return parts.length == 2
              && from % 5 == 0
              && from < 85
              && Integer.parseInt(parts[1]) == from + 4
          ? from
          : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int yyyymm(Object v) {
    if (v instanceof LocalDate d) {
      return d.getYear() * 100 + d.getMonthValue();
    }
    return ((Number) v).intValue();
  }

  private String deskLabel(DeskSummary d) {
    BorderPostSummary p = posts.get(d.postId());
    return (p == null ? "?" : p.code()) + "/" + d.code();
  }
}
