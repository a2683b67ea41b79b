package org.openbmis.app.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the aggregate tables: sums grouped by aggregate columns, never a raw movement. */
@Repository
class StatisticsRepository {

  /** A grouped row: the values of the grouping columns and the summed measures. */
  record Grouped(Map<String, Object> values, long count, long totalMillis) {}

  private final JdbcClient jdbc;

  StatisticsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Sums {@code measure} of {@code table} grouped by {@code columns}. */
  List<Grouped> sum(String table, List<String> columns, String measure, SqlWhere where) {
    List<String> expressions = new java.util.ArrayList<>();
    StringBuilder select = new StringBuilder();
    for (String c : columns) {
      String e = expression(table, c);
      expressions.add(e);
      select.append(e.equals(c) ? c : e + " as " + c).append(", ");
    }
    String cols = String.join(", ", expressions);
    String group = columns.isEmpty() ? "" : " group by " + cols;
    String sql =
        "select " + select + "sum(" + measure + ") as n from " + table + where.sql() + group;
    return jdbc.sql(sql)
        .params(where.params())
        .query((rs, i) -> grouped(rs, columns, false))
        .list();
  }

  /** A column of {@code table}, or {@code in_month} computed from the day of a daily table. */
  private static String expression(String table, String column) {
    return column.equals("in_month") && table.endsWith("_day") ? AggregateSql.MONTH_OF_DAY : column;
  }

  /** Processing histogram: inspections and total time grouped by {@code columns} and bucket. */
  List<Grouped> histogram(String table, List<String> columns, SqlWhere where) {
    String cols = columns.isEmpty() ? "bucket" : String.join(", ", columns) + ", bucket";
    String sql =
        "select "
            + cols
            + ", sum(inspections) as n, sum(total_millis) as ms from "
            + table
            + where.sql()
            + " group by "
            + cols;
    List<String> all = new java.util.ArrayList<>(columns);
    all.add("bucket");
    return jdbc.sql(sql).params(where.params()).query((rs, i) -> grouped(rs, all, true)).list();
  }

  /** Total movements in the raw table over a period (for the consistency check). */
  long rawMovements(java.time.LocalDate from, java.time.LocalDate to) {
    return jdbc.sql("select count(*) from mov_movement_facts where local_date between ? and ?")
        .params(from, to)
        .query(Long.class)
        .single();
  }

  private static Grouped grouped(ResultSet rs, List<String> columns, boolean millis)
      throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String c : columns) {
      Object v = rs.getObject(c);
      values.put(c, v instanceof java.sql.Date d ? d.toLocalDate() : v);
    }
    return new Grouped(values, rs.getLong("n"), millis ? rs.getLong("ms") : 0);
  }
}
