package org.openbmis.app.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of one aggregate table summed in memory: a key (one value per key column) and its measures
 * (movements; or inspections and total milliseconds). The rebuild on H2 uses it to compute a
 * month's rows in one pass over the raw movements, since H2 has no {@code GROUPING SETS}.
 */
final class Rollup {

  private static final Comparator<List<Object>> KEY_ORDER = Rollup::compareKeys;

  private final int measures;
  private final Map<List<Object>, long[]> sums = new HashMap<>();

  Rollup(int measures) {
    this.measures = measures;
  }

  /** Adds {@code values} (one per measure) to the row of {@code key}. */
  void add(List<Object> key, long... values) {
    long[] sum = sums.computeIfAbsent(key, k -> new long[measures]);
    for (int i = 0; i < measures; i++) {
      sum[i] += values[i];
    }
  }

  /** Calls {@code action} for every row. */
  void forEach(java.util.function.BiConsumer<List<Object>, long[]> action) {
    sums.forEach(action);
  }

  /**
   * The rows as insert parameters (key values, then measures) in key order, so that the table's
   * primary-key index is written from left to right.
   */
  List<Object[]> sortedRows() {
    List<Map.Entry<List<Object>, long[]>> entries = new ArrayList<>(sums.entrySet());
    entries.sort(Map.Entry.comparingByKey(KEY_ORDER));
    List<Object[]> rows = new ArrayList<>(entries.size());
    for (Map.Entry<List<Object>, long[]> e : entries) {
      Object[] row = Arrays.copyOf(e.getKey().toArray(), e.getKey().size() + measures);
      for (int i = 0; i < measures; i++) {
        row[e.getKey().size() + i] = e.getValue()[i];
      }
      rows.add(row);
    }
    return rows;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(List<Object> a, List<Object> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = ((Comparable) a.get(i)).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
