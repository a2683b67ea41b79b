package org.openbmis.app.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openbmis.app.shared.InvalidInputProblem;

/**
 * Chooses the aggregate table that answers a query (monthly rows for whole months, daily rows
 * otherwise, carriers from their own table) and the columns and conditions to read it with.
 */
final class QueryPlanner {

  /** How to read the aggregates: a table, the columns to group by, the measure, the conditions. */
  record Plan(String table, List<String> columns, String measure, SqlWhere where) {}

  static final Set<Dimension> FLOW =
      EnumSet.complementOf(EnumSet.of(Dimension.DESK, Dimension.HOUR, Dimension.CARRIER));
  static final Set<Dimension> CARRIER =
      EnumSet.of(
          Dimension.DAY,
          Dimension.WEEK,
          Dimension.MONTH,
          Dimension.YEAR,
          Dimension.POST,
          Dimension.POST_TYPE,
          Dimension.DIRECTION,
          Dimension.TRANSPORT_MODE,
          Dimension.CARRIER);
  static final Set<Dimension> PROCESSING =
      EnumSet.of(
          Dimension.DAY,
          Dimension.WEEK,
          Dimension.MONTH,
          Dimension.YEAR,
          Dimension.POST,
          Dimension.POST_TYPE,
          Dimension.DESK,
          Dimension.HOUR);

  private QueryPlanner() {}

  static Plan flows(StatisticsQuery q, FilterTranslator filters) {
    boolean carrier = q.uses(Dimension.CARRIER);
    check(
        q,
        carrier ? CARRIER : FLOW,
        carrier ? "statistics.carrier_combination" : "statistics.group_by_invalid");
    boolean monthly =
        !carrier && !q.uses(Dimension.DAY) && !q.uses(Dimension.WEEK) && q.wholeMonths();
    String table = carrier ? "sta_carrier_day" : monthly ? "sta_flow_month" : "sta_flow_day";
    SqlWhere where = new SqlWhere();
    if (monthly) {
      where.add("in_month between ? and ?", yyyymm(q.from()), yyyymm(q.to()));
    } else {
      where.add("on_day between ? and ?", q.from(), q.to());
    }
    applyFilters(q, filters, where);
    return new Plan(
        table, columns(q.groupBy(), monthly ? "in_month" : "on_day"), "movements", where);
  }

  static Plan processing(StatisticsQuery q, FilterTranslator filters) {
    check(q, PROCESSING, "statistics.group_by_invalid");
    SqlWhere where = new SqlWhere().add("on_day between ? and ?", q.from(), q.to());
    applyFilters(q, filters, where);
    return new Plan("sta_processing", columns(q.groupBy(), "on_day"), "inspections", where);
  }

  private static void applyFilters(StatisticsQuery q, FilterTranslator filters, SqlWhere where) {
    for (Map.Entry<Dimension, Set<String>> f : q.filters().entrySet()) {
      if (!f.getValue().isEmpty()) {
        filters.apply(f.getKey(), f.getValue(), where);
      }
    }
  }

  private static List<String> columns(List<Dimension> groupBy, String timeColumn) {
    List<String> cols = new ArrayList<>();
    for (Dimension d : groupBy) {
      String c = d.isTime() ? timeColumn : d.column();
      if (!cols.contains(c)) {
        cols.add(c);
      }
    }
    return cols;
  }

  private static void check(StatisticsQuery q, Set<Dimension> allowed, String code) {
    List<Dimension> bad = new ArrayList<>();
    q.groupBy().stream().filter(d -> !allowed.contains(d)).forEach(bad::add);
    q.filters().keySet().stream().filter(d -> !allowed.contains(d)).forEach(bad::add);
    if (!bad.isEmpty()) {
      String names = String.join(", ", bad.stream().map(Dimension::param).toList());
      throw new InvalidInputProblem(
          code,
          "These dimensions cannot be combined here: " + names,
          List.of(new InvalidInputProblem.FieldError("groupBy", code, names)));
    }
  }

  static int yyyymm(LocalDate d) {
    return d.getYear() * 100 + d.getMonthValue();
  }
}
