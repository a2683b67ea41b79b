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

  /** Monthly totals must equal the daily ones. */
  static long monthTotal(JdbcClient jdbc, LocalDate from, LocalDate to) {
    int a = from.getYear() * 100 + from.getMonthValue();
    int b = to.getYear() * 100 + to.getMonthValue();
    return jdbc.sql(
            "select coalesce(sum(movements), 0) from sta_flow_month where in_month between ? and ?")
        .params(a, b)
        .query(Long.class)
        .single();
  }

  static List<String> keys(Map<String, Long> m) {
    return List.copyOf(m.keySet());
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }
}
