package org.openbmis.app.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.SmallCounts;

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

  /**
   * The row as the API and the dashboard answer it: the dimensions, then {@code count} (and the
   * times). A small count is suppressed: {@code count} (and the times) null, which the API leaves
   * out, and {@code "suppressed": true}.
   */
  public Map<String, Object> toMap(SmallCounts small) {
    boolean hide = small.hides(count);
    Map<String, Object> m = new LinkedHashMap<>(dimensions);
    m.put("count", hide ? null : count);
    if (medianSeconds != null) {
      m.put("medianSeconds", hide ? null : medianSeconds);
      m.put("p90Seconds", hide ? null : p90Seconds);
      m.put("meanSeconds", hide ? null : meanSeconds);
    }
    if (hide) {
      m.put("suppressed", true);
    }
    return m;
  }
}
