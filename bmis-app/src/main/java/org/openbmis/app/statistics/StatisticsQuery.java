package org.openbmis.app.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A statistics question: a period (both days included), the dimensions to group by, and filters (a
 * dimension mapped to the values it may take; an absent dimension does not filter).
 */
public record StatisticsQuery(
    LocalDate from, LocalDate to, List<Dimension> groupBy, Map<Dimension, Set<String>> filters) {

  public StatisticsQuery {
    groupBy = List.copyOf(groupBy);
    filters = Map.copyOf(filters);
  }

  Set<String> filter(Dimension d) {
    return filters.getOrDefault(d, Set.of());
  }

  boolean uses(Dimension d) {
    return groupBy.contains(d) || filters.containsKey(d);
  }

  StatisticsQuery withPeriod(LocalDate newFrom, LocalDate newTo) {
    return new StatisticsQuery(newFrom, newTo, groupBy, filters);
  }
}
