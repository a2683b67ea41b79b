package org.openbmis.app.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.statistics.Dimension;
import org.openbmis.app.statistics.StatisticsQuery;
import org.openbmis.app.statistics.StatisticsService;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Reads a statistics query from request parameters: {@code from}, {@code to} (ISO dates; default
 * the last 30 days), {@code groupBy} (comma-separated dimensions) and one parameter per filtered
 * dimension ({@code nationality=KEN,NGA}). Anything unreadable is a 422 with a stable code.
 */
@Component
class StatisticsParams {

  private static final int DEFAULT_DAYS = 30;
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2200;
  private final Clock clock;

  StatisticsParams(Clock clock) {
    this.clock = clock;
  }

  StatisticsQuery read(MultiValueMap<String, String> params) {
    LocalDate to = date(params.getFirst("to"), "to", LocalDate.now(clock));
    LocalDate from = date(params.getFirst("from"), "from", to.minusDays(DEFAULT_DAYS - 1));
    List<Dimension> groupBy = new ArrayList<>();
    for (String name : split(params.get("groupBy"))) {
      Dimension d =
          Dimension.fromParam(name)
              .orElseThrow(
                  () ->
                      unknownDimension(
                          name, Arrays.stream(Dimension.values()).map(Dimension::param).toList()));
      if (!groupBy.contains(d)) {
        groupBy.add(d);
      }
    }
    Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      Dimension.fromParam(p.getKey())
          .ifPresent(
              d -> {
                Set<String> values = new LinkedHashSet<>(split(p.getValue()));
                if (!values.isEmpty()) {
                  filters.put(d, values);
                }
              });
    }
    return new StatisticsQuery(from, to, groupBy, filters);
  }

  /** The day of an overstay count ({@code asOf}), or null (today). */
  @Nullable LocalDate asOf(MultiValueMap<String, String> params) {
    return date(params.getFirst("asOf"), "asOf", null);
  }

  /** The period and dimensions of the alert-hit table: {@code groupBy} among list, resolution. */
  record HitsQuery(LocalDate from, LocalDate to, List<String> groupBy) {}

  /** A period alone: {@code from}, {@code to} (default the last 30 days). */
  record Period(LocalDate from, LocalDate to) {}

  Period readPeriod(MultiValueMap<String, String> params) {
    LocalDate to = date(params.getFirst("to"), "to", LocalDate.now(clock));
    return new Period(date(params.getFirst("from"), "from", to.minusDays(DEFAULT_DAYS - 1)), to);
  }

  HitsQuery readHits(MultiValueMap<String, String> params) {
    LocalDate to = date(params.getFirst("to"), "to", LocalDate.now(clock));
    LocalDate from = date(params.getFirst("from"), "from", to.minusDays(DEFAULT_DAYS - 1));
    List<String> groupBy = split(params.get("groupBy"));
    for (String name : groupBy) {
      if (!StatisticsService.HIT_DIMENSIONS.contains(name)) {
        throw unknownDimension(name, StatisticsService.HIT_DIMENSIONS);
      }
    }
    return new HitsQuery(from, to, groupBy);
  }

  private static List<String> split(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    return raw.stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static @Nullable LocalDate date(
      String value, String field, @Nullable LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputProblem(
          "statistics.date_invalid",
          "Dates are written YYYY-MM-DD.",
          List.of(
              new InvalidInputProblem.FieldError(field, "statistics.date_invalid", cut(value))));
    }
    requireYear(d.getYear(), field);
    return d;
  }

  /**
   * Statistics cover the years {@value #MIN_YEAR} to {@value #MAX_YEAR}: a date such as {@code
   * +999999999-12-31} parses but would overflow every calculation on it.
   */
  static void requireYear(int year, String field) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidInputProblem(
          "statistics.date_out_of_range",
          "Dates run from " + MIN_YEAR + " to " + MAX_YEAR + ".",
          List.of(
              new InvalidInputProblem.FieldError(
                  field, "statistics.date_out_of_range", MIN_YEAR + ".." + MAX_YEAR)));
    }
  }

  private static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static InvalidInputProblem unknownDimension(String name, List<String> known) {
    return new InvalidInputProblem(
        "statistics.group_by_unknown",
        "Unknown dimension " + name + "; use " + String.join(", ", known),
        List.of(
            new InvalidInputProblem.FieldError("groupBy", "statistics.group_by_unknown", name)));
  }
}
