package org.openbmis.app.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly processing rows of a rebuild on H2, summed in memory from each month's processing set
 * rows as the months are written (several at once), so that the end of the rebuild writes them
 * instead of summing five years of monthly rows with SQL. A month counted set-based leaves its rows
 * only in the table: then the sums are incomplete and the yearly rows are summed with SQL.
 */
final class ProcessingYears {

  private final Map<List<Object>, long[]> sums = new HashMap<>();
  private boolean complete = true;

  /**
   * Adds rows of {@code sta_processing_set_month} (set name, month, post, desk, hour, bucket,
   * inspections, total milliseconds).
   */
  synchronized void add(List<Object[]> monthRows) {
    for (Object[] row : monthRows) {
      Object[] key = Arrays.copyOf(row, 6);
      key[1] = ((Integer) row[1]) / 100;
      long[] sum = sums.computeIfAbsent(Arrays.asList(key), k -> new long[2]);
      sum[0] += (Long) row[6];
      sum[1] += (Long) row[7];
    }
  }

  /** A month was counted without these sums. */
  synchronized void incomplete() {
    complete = false;
  }

  synchronized boolean complete() {
    return complete;
  }

  /** The rows of {@code sta_processing_set_year}, in no particular order. */
  synchronized List<Object[]> rows() {
    List<Object[]> rows = new ArrayList<>(sums.size());
    sums.forEach(
        (key, sum) -> {
          Object[] row = Arrays.copyOf(key.toArray(), 8);
          row[6] = sum[0];
          row[7] = sum[1];
          rows.add(row);
        });
    return rows;
  }
}
