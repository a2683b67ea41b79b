package org.openbmis.app.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Every aggregate row of one calendar month, summed in memory from the month's raw movements: the
 * rebuild on H2, which has no {@code GROUPING SETS} and would otherwise read the finest rows again
 * for each of the 39 grouping sets. The raw values come from the same source selects as the live
 * path ({@link AggregateSql}); the grouping sets follow {@link AggregateSql#flowSet} and {@link
 * AggregateSql#processingSet} (same set names, kept columns and placeholders). The contract tests
 * compare both paths with counts over the raw movements.
 */
final class MonthRollups {

  /**
   * A grouping set: its name and, for each key column, the placeholder the set puts in its place
   * (null where the set keeps the column).
   */
  private record SetShape(String name, @Nullable Object[] placeholders) {

    static SetShape of(List<String> set, List<String> keys, List<String> always) {
      Object[] placeholders = new Object[keys.size()];
      for (int i = 0; i < placeholders.length; i++) {
        String k = keys.get(i);
        placeholders[i] =
            set.contains(k) || always.contains(k) ? null : AggregateSql.placeholderValue(k);
      }
      return new SetShape(AggregateSql.setName(set), placeholders);
    }

    /**
     * The set's key from a row's key ({@code row}: a time, then one value per key column): the
     * set's name, {@code time}, then each kept value or its placeholder.
     */
    List<Object> key(Object time, List<Object> row) {
      Object[] key = new Object[placeholders.length + 2];
      key[0] = name;
      key[1] = time;
      for (int i = 0; i < placeholders.length; i++) {
        key[i + 2] = placeholders[i] == null ? row.get(i + 1) : placeholders[i];
      }
      return Arrays.asList(key);
    }
  }

  private static final List<String> FLOW = AggregateSql.FLOW_KEYS;
  private static final List<String> FLOW_ALWAYS = List.of("direction", "decision");
  private static final List<String> PROCESSING = List.of("post_id", "desk_id", "at_hour", "bucket");
  private static final List<SetShape> DAY_SETS = shapes(AggregateSql.DAY_SETS, FLOW, FLOW_ALWAYS);
  private static final List<SetShape> MONTH_SETS =
      shapes(AggregateSql.MONTH_SETS, FLOW, FLOW_ALWAYS);
  private static final List<SetShape> PROCESSING_SETS =
      shapes(AggregateSql.PROCESSING_SETS, PROCESSING, List.of("bucket"));

  private final Integer month;

  /** Keys {@code on_day} and the flow keys; movements. */
  final Rollup flowDay = new Rollup(1);

  /** Keys {@code on_day}, post, direction, transport mode, carrier; movements. */
  final Rollup carrierDay = new Rollup(1);

  /** Keys {@code on_day}, post, desk, hour, bucket; inspections and total milliseconds. */
  final Rollup processing = new Rollup(2);

  /** {@code month}: the month's number, {@code yyyymm}. */
  MonthRollups(int month) {
    this.month = month;
  }

  /**
   * Adds the movement at the current row of {@code rs}, a row of {@link AggregateSql#allSource}.
   */
  void add(ResultSet rs) throws SQLException {
    LocalDate day = rs.getObject(1, LocalDate.class);
    UUID post = rs.getObject(2, UUID.class);
    String direction = rs.getString(3);
    String transportMode = rs.getString(9);
    flowDay.add(
        Arrays.asList(
            day,
            post,
            direction,
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getInt(7),
            rs.getString(8),
            transportMode,
            rs.getString(10)),
        1);
    carrierDay.add(Arrays.asList(day, post, direction, transportMode, rs.getString(11)), 1);
    long millis = rs.getLong(15);
    if (!rs.wasNull()) {
      processing.add(
          Arrays.asList(day, post, rs.getObject(12, UUID.class), rs.getInt(13), rs.getInt(14)),
          1,
          millis);
    }
  }

  /** Keys {@code in_month} and the flow keys. */
  Rollup flowMonth() {
    return monthly(flowDay, 1);
  }

  /** The daily flow sets, from {@link #flowDay}. */
  Rollup flowSetDay() {
    return sets(flowDay, 1, DAY_SETS, true);
  }

  /** The monthly flow sets, from the monthly flow rows. */
  Rollup flowSetMonth(Rollup flowMonth) {
    return sets(flowMonth, 1, MONTH_SETS, false);
  }

  /** Keys {@code in_month}, post, direction, transport mode, carrier. */
  Rollup carrierMonth() {
    return monthly(carrierDay, 1);
  }

  /** The monthly processing sets. */
  Rollup processingSetMonth() {
    return sets(processing, 2, PROCESSING_SETS, false);
  }

  /** The rows of {@code source} (keyed by day first) summed by month. */
  private Rollup monthly(Rollup source, int measures) {
    Rollup rows = new Rollup(measures);
    source.forEach((key, sums) -> rows.add(withTime(month, key), sums));
    return rows;
  }

  /**
   * The rows of every set of {@code shapes} from the rows of {@code source} (a time, then the key
   * values); by the source's day when {@code daily}, else by month.
   */
  private Rollup sets(Rollup source, int measures, List<SetShape> shapes, boolean daily) {
    Rollup rows = new Rollup(measures);
    source.forEach(
        (key, sums) -> {
          Object time = daily ? key.get(0) : month;
          for (SetShape set : shapes) {
            rows.add(set.key(time, key), sums);
          }
        });
    return rows;
  }

  /** {@code key} with its first value (the day) replaced by {@code time}. */
  private static List<Object> withTime(Object time, List<Object> key) {
    Object[] copy = key.toArray();
    copy[0] = time;
    return Arrays.asList(copy);
  }

  private static List<SetShape> shapes(
      List<List<String>> sets, List<String> keys, List<String> always) {
    List<SetShape> shapes = new ArrayList<>();
    sets.forEach(set -> shapes.add(SetShape.of(set, keys, always)));
    return List.copyOf(shapes);
  }
}
