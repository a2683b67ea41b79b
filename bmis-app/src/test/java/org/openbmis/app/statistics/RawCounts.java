package org.openbmis.app.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts over the raw movements computed in Java, independently of the aggregate SQL, and the same
 * keys read back from the aggregate tables, for a period.
 */
final class RawCounts {

  private RawCounts() {}

  static Map<String, Long> rawFlows(JdbcClient jdbc, LocalDate from, LocalDate to) {
    Map<String, Long> m = new TreeMap<>();
    jdbc.sql("select * from mov_movement where local_date between ? and ?")
        .params(from, to)
        .query(
            rs -> {
              LocalDate day = rs.getObject("local_date", LocalDate.class);
              int by = rs.getInt("birth_year");
              int age = rs.wasNull() ? -1 : Math.min(85, Math.max(0, day.getYear() - by) / 5 * 5);
              String key =
                  String.join(
                      "|",
                      day.toString(),
                      rs.getString("post_id"),
                      rs.getString("direction"),
                      rs.getString("decision"),
                      dash(rs.getString("nationality")),
                      dash(rs.getString("sex")),
                      Integer.toString(age),
                      dash(rs.getString("purpose")),
                      dash(rs.getString("transport_mode")),
                      dash(rs.getString("refusal_reason")));
              m.merge(key, 1L, Long::sum);
            });
    return m;
  }

  static Map<String, Long> aggregateFlows(JdbcClient jdbc, LocalDate from, LocalDate to) {
    Map<String, Long> m = new TreeMap<>();
    jdbc.sql("select * from sta_flow_day where on_day between ? and ?")
        .params(from, to)
        .query(
            rs -> {
              String key =
                  String.join(
                      "|",
                      rs.getObject("on_day", LocalDate.class).toString(),
                      rs.getString("post_id"),
                      rs.getString("direction"),
                      rs.getString("decision"),
                      rs.getString("nationality"),
                      rs.getString("sex"),
                      Integer.toString(rs.getInt("age_from")),
                      rs.getString("purpose"),
                      rs.getString("transport_mode"),
                      rs.getString("refusal_reason"));
              m.merge(key, rs.getLong("movements"), Long::sum);
            });
    return m;
  }

  /**
   * Movements by post, direction, transport mode and carrier (trimmed, upper case), from the raw
   * rows of a period.
   */
  static Map<String, Long> rawCarriers(JdbcClient jdbc, LocalDate from, LocalDate to) {
    return carriers(jdbc, "select *, 1 as movements from mov_movement where local_date", from, to);
  }

  /**
   * The same keys as {@link #rawCarriers} summed from {@code table} (sta_carrier_day or
   * sta_carrier_month) where {@code timeColumn} is between {@code from} and {@code to}.
   */
  static Map<String, Long> aggregateCarriers(
      JdbcClient jdbc, String table, String timeColumn, Object from, Object to) {
    return carriers(jdbc, "select * from " + table + " where " + timeColumn, from, to);
  }

  /** {@code select} ends with a time column that is then compared with the period. */
  private static Map<String, Long> carriers(
      JdbcClient jdbc, String select, Object from, Object to) {
    Map<String, Long> m = new TreeMap<>();
    jdbc.sql(select + " between ? and ?")
        .params(from, to)
        .query(
            rs -> {
              String carrier = rs.getString("carrier");
              String key =
                  String.join(
                      "|",
                      rs.getString("post_id"),
                      rs.getString("direction"),
                      dash(rs.getString("transport_mode")),
                      carrier == null ? "-" : carrier.trim().toUpperCase(java.util.Locale.ROOT));
              m.merge(key, rs.getLong("movements"), Long::sum);
            });
    return m;
  }

  /**
   * Admitted exits that closed a stay, by post, nationality and stay band (days of presence: 1,
   * 2-7, 8-30, 31-90, 91-180, 181-365, 366+), from the raw rows of a period.
   */
  static Map<String, Long> rawStays(JdbcClient jdbc, LocalDate from, LocalDate to) {
    Map<String, Long> m = new TreeMap<>();
    jdbc.sql(
            "select * from mov_movement where local_date between ? and ? and direction = 'EXIT'"
                + " and decision = 'ADMITTED' and stay_days is not null")
        .params(from, to)
        .query(
            rs -> {
              int days = rs.getInt("stay_days");
              String band =
                  days <= 1
                      ? "1"
                      : days <= 7
                          ? "2-7"
                          : days <= 30
                              ? "8-30"
                              : days <= 90
                                  ? "31-90"
                                  : days <= 180 ? "91-180" : days <= 365 ? "181-365" : "366+";
              m.merge(
                  String.join(
                      "|", rs.getString("post_id"), dash(rs.getString("nationality")), band),
                  1L,
                  Long::sum);
            });
    return m;
  }

  /**
   * The keys of {@link #rawStays} summed from {@code table} (sta_stay_day or sta_stay_month) where
   * {@code timeColumn} is between {@code from} and {@code to}.
   */
  static Map<String, Long> aggregateStays(
      JdbcClient jdbc, String table, String timeColumn, Object from, Object to) {
    Map<Integer, String> bands =
        Map.of(1, "1", 2, "2-7", 8, "8-30", 31, "31-90", 91, "91-180", 181, "181-365", 366, "366+");
    Map<String, Long> m = new TreeMap<>();
    jdbc.sql("select * from " + table + " where " + timeColumn + " between ? and ?")
        .params(from, to)
        .query(
            rs -> {
              m.merge(
                  String.join(
                      "|",
                      rs.getString("post_id"),
                      rs.getString("nationality"),
                      bands.getOrDefault(rs.getInt("stay_from"), "?" + rs.getInt("stay_from"))),
                  rs.getLong("movements"),
                  Long::sum);
            });
    return m;
  }

  /** Inspections by day, post, desk and local hour, from the raw rows. */
  static Map<String, Long> rawProcessing(JdbcClient jdbc, LocalDate from, LocalDate to) {
    Map<String, Long> m = new TreeMap<>();
    jdbc.sql(
            "select m.*, p.time_zone from mov_movement m join adm_border_post p on p.id = m.post_id"
                + " where m.local_date between ? and ? and m.inspection_millis is not null")
        .params(from, to)
        .query(
            rs -> {
              OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
              int hour = at.atZoneSameInstant(ZoneId.of(rs.getString("time_zone"))).getHour();
              String desk =
                  rs.getString("desk_id") == null
                      ? "00000000-0000-0000-0000-000000000000"
                      : rs.getString("desk_id");
              m.merge(
                  String.join(
                      "|",
                      rs.getObject("local_date", LocalDate.class).toString(),
                      rs.getString("post_id"),
                      desk,
                      Integer.toString(hour)),
                  1L,
                  Long::sum);
            });
    return m;
  }

  static Map<String, Long> aggregateProcessing(JdbcClient jdbc, LocalDate from, LocalDate to) {
    Map<String, Long> m = new TreeMap<>();
    jdbc.sql("select * from sta_processing where on_day between ? and ?")
        .params(from, to)
        .query(
            rs -> {
              m.merge(
                  String.join(
                      "|",
                      rs.getObject("on_day", LocalDate.class).toString(),
                      rs.getString("post_id"),
                      rs.getString("desk_id"),
                      Integer.toString(rs.getInt("at_hour"))),
                  rs.getLong("inspections"),
                  Long::sum);
            });
    return m;
  }

  private static final String NIL = "00000000-0000-0000-0000-000000000000";
  private static final List<String> FLOW_KEY = AggregateSql.with("on_day", AggregateSql.FLOW_KEYS);

  /**
   * What every flow grouping set should hold, computed in Java from {@link #rawFlows} rows: the
   * counts summed over the dimensions a set leaves out (shown as placeholders), by day or by month.
   */
  static Map<String, Long> expectedSets(Map<String, Long> raw, boolean monthly) {
    Map<String, Long> m = new TreeMap<>();
    for (List<String> set : monthly ? AggregateSql.MONTH_SETS : AggregateSql.DAY_SETS) {
      raw.forEach(
          (key, n) -> {
            String[] parts = key.split("\\|");
            StringBuilder k = new StringBuilder(AggregateSql.setName(set));
            k.append('|').append(monthly ? parts[0].substring(0, 7) : parts[0]);
            for (int i = 1; i < FLOW_KEY.size(); i++) {
              String col = FLOW_KEY.get(i);
              boolean kept = set.contains(col) || i == 2 || i == 3;
              k.append('|')
                  .append(
                      kept
                          ? parts[i]
                          : col.equals("post_id") ? NIL : col.equals("age_from") ? "-2" : "*");
            }
            m.merge(k.toString(), n, Long::sum);
          });
    }
    return m;
  }

  /** The rows of the daily or monthly flow sets over a period, keyed like {@link #expectedSets}. */
  static Map<String, Long> aggregateSets(
      JdbcClient jdbc, boolean monthly, LocalDate from, LocalDate to) {
    Map<String, Long> m = new TreeMap<>();
    String sql =
        monthly
            ? "select * from sta_flow_set_month where in_month between ? and ?"
            : "select * from sta_flow_set_day where on_day between ? and ?";
    jdbc.sql(sql)
        .params(
            monthly ? from.getYear() * 100 + from.getMonthValue() : from,
            monthly ? to.getYear() * 100 + to.getMonthValue() : to)
        .query(
            rs -> {
              StringBuilder k = new StringBuilder(rs.getString("set_name")).append('|');
              if (monthly) {
                int ym = rs.getInt("in_month");
                k.append(String.format("%04d-%02d", ym / 100, ym % 100));
              } else {
                k.append(rs.getObject("on_day", LocalDate.class));
              }
              for (int i = 1; i < FLOW_KEY.size(); i++) {
                k.append('|').append(rs.getString(FLOW_KEY.get(i)));
              }
              m.merge(k.toString(), rs.getLong("movements"), Long::sum);
            });
    return m;
  }

  /** What the monthly processing sets should hold, from {@link #rawProcessing} rows. */
  static Map<String, Long> expectedProcessingSets(Map<String, Long> raw) {
    List<String> cols = List.of("post_id", "desk_id", "at_hour");
    Map<String, Long> m = new TreeMap<>();
    for (List<String> set : AggregateSql.PROCESSING_SETS) {
      raw.forEach(
          (key, n) -> {
            String[] parts = key.split("\\|");
            StringBuilder k = new StringBuilder(AggregateSql.setName(set));
            k.append('|').append(parts[0], 0, 7);
            for (int i = 0; i < cols.size(); i++) {
              boolean kept = set.contains(cols.get(i));
              k.append('|').append(kept ? parts[i + 1] : i == 2 ? "-1" : NIL);
            }
            m.merge(k.toString(), n, Long::sum);
          });
    }
    return m;
  }

  /** The monthly processing set rows over whole months, keyed like the expected ones. */
  static Map<String, Long> aggregateProcessingSets(JdbcClient jdbc, LocalDate from, LocalDate to) {
    Map<String, Long> m = new TreeMap<>();
    jdbc.sql("select * from sta_processing_set_month where in_month between ? and ?")
        .params(
            from.getYear() * 100 + from.getMonthValue(), to.getYear() * 100 + to.getMonthValue())
        .query(
            rs -> {
              int ym = rs.getInt("in_month");
              String k =
                  String.join(
                      "|",
                      rs.getString("set_name"),
                      String.format("%04d-%02d", ym / 100, ym % 100),
                      rs.getString("post_id"),
                      rs.getString("desk_id"),
                      Integer.toString(rs.getInt("at_hour")));
              m.merge(k, rs.getLong("inspections"), Long::sum);
            });
    return m;
  }

  static List<String> keys(Map<String, Long> m) {
    return List.copyOf(m.keySet());
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }
}
