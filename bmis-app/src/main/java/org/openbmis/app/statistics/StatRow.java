package org.openbmis.app.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a statistics table: the values of its dimensions (in the order asked for), the count,
 * and for processing times the median, 90th percentile and mean in seconds.
 */
public record StatRow(
    Map<String, String> dimensions,
    long count,
    @Nullable Double medianSeconds,
    @Nullable Double p90Seconds,
    @Nullable Double meanSeconds) {

  public StatRow {
    dimensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
  }

  static StatRow count(Map<String, String> dimensions, long count) {
    return new StatRow(dimensions, count, null, null, null);
  }

  /** The row as the API answers it: the dimensions, then {@code count} (and the times). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>(dimensions);
    m.put("count", count);
    if (medianSeconds != null) {
      m.put("medianSeconds", medianSeconds);
      m.put("p90Seconds", p90Seconds);
      m.put("meanSeconds", meanSeconds);
    }
    return m;
  }
}
