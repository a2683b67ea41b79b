package org.openbmis.app.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openbmis.app.shared.InvalidInputProblem;

/**
 * Chooses the aggregate tables that answer a query (monthly rows for whole months, daily rows for
 * the rest, grouping sets when few dimensions are used) and the columns and conditions to read them
 * with.
 */
final class QueryPlanner {

  /** How to read the aggregates: a table, the columns to group by, the measure, the conditions. */
  record Plan(String table, List<String> columns, String measure, SqlWhere where) {}

  static final Set<Dimension> FLOW =
      EnumSet.complementOf(
          EnumSet.of(
              Dimension.DESK,
              Dimension.HOUR,
              Dimension.CARRIER,
              Dimension.STAY_LENGTH,
              Dimension.OVERSTAY_LENGTH));
  static final Set<Dimension> CARRIER =
      periodAndPost(Dimension.DIRECTION, Dimension.TRANSPORT_MODE, Dimension.CARRIER);

  /** Stays by length: admitted exits that closed a stay. */
  static final Set<Dimension> STAYS =
      periodAndPost(
          Dimension.NATIONALITY,
          Dimension.REGION,
          Dimension.SUBREGION,
          Dimension.RESIDENCE,
          Dimension.STAY_LENGTH);

  /** Overstayers on a day: by post of entry, nationality and length of overstay. */
  static final Set<Dimension> OVERSTAYS =
      EnumSet.of(
          Dimension.POST,
          Dimension.POST_TYPE,
          Dimension.NATIONALITY,
          Dimension.REGION,
          Dimension.SUBREGION,
          Dimension.OVERSTAY_LENGTH);

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

  /** The period's dimensions, post and post type, and {@code others}. */
  private static Set<Dimension> periodAndPost(Dimension... others) {
    Set<Dimension> set =
        EnumSet.of(
            Dimension.DAY,
            Dimension.WEEK,
            Dimension.MONTH,
            Dimension.YEAR,
            Dimension.POST,
            Dimension.POST_TYPE);
    set.addAll(List.of(others));
    return set;
  }

  /**
   * The reads that answer a flow query: whole calendar months from monthly rows, the days before
   * the first and after the last whole month (or every day, when grouping by day or week) from
   * daily rows. Each part reads the smallest table that holds the dimensions used: a grouping set
   * (at most two of post, nationality, sex, age, purpose, transport mode and refusal reason by
   * month, one by day), else the daily table of every dimension (grouped by {@code in_month} for
   * whole months). By carrier, or by stay length (admitted exits that closed a stay), the carrier
   * or stay tables answer, with the few dimensions they hold.
   */
  static List<Plan> flows(StatisticsQuery q, FilterTranslator filters, LocalDate newest) {
    boolean carrier = q.uses(Dimension.CARRIER);
    boolean stays = q.uses(Dimension.STAY_LENGTH);
    if (carrier && stays) {
      check(q, Set.of(), "statistics.stay_combination");
    }
    check(
        q,
        carrier ? CARRIER : stays ? STAYS : FLOW,
        carrier
            ? "statistics.carrier_combination"
            : stays ? "statistics.stay_combination" : "statistics.group_by_invalid");
    List<String> attributes = attributes(q, AggregateSql.SET_ATTRIBUTES);
    List<Plan> plans = new ArrayList<>();
    for (Part part : split(q, newest)) {
      SqlWhere where = part.where();
      String table;
      if (carrier) {
        table = part.monthly() ? "sta_carrier_month" : "sta_carrier_day";
      } else if (stays) {
        table = part.monthly() ? "sta_stay_month" : "sta_stay_day";
      } else if (part.monthly() && attributes.size() <= 2) {
        table = "sta_flow_set_month";
        where.eq("set_name", AggregateSql.setName(complete(attributes, 2)));
      } else if (part.monthly()) {
        // whole months by every dimension: the daily rows summed by month (there is no monthly
        // table of every dimension: at scale it would be nearly as large as the daily one)
        table = "sta_flow_day";
        where = new SqlWhere().between("on_day", part.from(), part.to());
      } else {
        table = attributes.size() <= 1 ? "sta_flow_set_day" : "sta_flow_day";
        if (attributes.size() <= 1) {
          where.eq("set_name", AggregateSql.setName(complete(attributes, 1)));
        }
      }
      applyFilters(q, filters, where);
      plans.add(new Plan(table, columns(q.groupBy(), part.timeColumn()), "movements", where));
    }
    return plans;
  }

  /**
   * The conditions of an overstay query, checked: its filters on {@code post_id}, {@code
   * nationality} and {@code overstay_length}; the period's end is the day counted.
   */
  static SqlWhere overstays(StatisticsQuery q, FilterTranslator filters) {
    check(q, OVERSTAYS, "statistics.overstay_combination");
    SqlWhere where = new SqlWhere();
    applyFilters(q, filters, where);
    return where;
  }

  /** The reads that answer a processing-time query, split by period like {@link #flows}. */
  static List<Plan> processing(StatisticsQuery q, FilterTranslator filters, LocalDate newest) {
    check(q, PROCESSING, "statistics.group_by_invalid");
    List<String> attributes = attributes(q, List.of("post_id", "desk_id", "at_hour"));
    List<String> set =
        AggregateSql.PROCESSING_SETS.stream()
            .filter(s -> s.containsAll(attributes))
            .findFirst()
            .orElse(null);
    boolean timeless = q.groupBy().stream().noneMatch(Dimension::isTime);
    List<Plan> plans = new ArrayList<>();
    for (Part whole : split(q, newest)) {
      if (whole.monthly() && set != null && timeless) {
        // whole calendar years from the yearly rows, the months around them from the monthly rows
        for (Part part : years(whole, newest)) {
          SqlWhere where =
              part.yearly()
                  ? new SqlWhere().between("in_year", part.from().getYear(), part.to().getYear())
                  : part.where();
          where.eq("set_name", AggregateSql.setName(set));
          applyFilters(q, filters, where);
          plans.add(
              new Plan(
                  part.yearly() ? "sta_processing_set_year" : "sta_processing_set_month",
                  columns(q.groupBy(), "in_month"),
                  "inspections",
                  where));
        }
        continue;
      }
      Part part = whole;
      boolean monthly = part.monthly() && set != null;
      Part read = monthly || !part.monthly() ? part : new Part(part.from(), part.to(), false);
      SqlWhere where = read.where();
      if (monthly) {
        where.eq("set_name", AggregateSql.setName(set));
      }
      applyFilters(q, filters, where);
      plans.add(
          new Plan(
              monthly ? "sta_processing_set_month" : "sta_processing",
              columns(q.groupBy(), read.timeColumn()),
              "inspections",
              where));
    }
    return plans;
  }

  /**
   * A monthly part cut into leading months, whole calendar years and trailing months (parts whose
   * {@code yearly} is true). A year counts as whole when the part covers it to December, or to
   * {@code newest} (nothing later exists yet).
   */
  static List<Part> years(Part monthly, LocalDate newest) {
    LocalDate from = monthly.from();
    LocalDate to = monthly.to();
    int firstYear = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
    int lastYear =
        to.getMonthValue() == 12 && to.getDayOfMonth() == 31 || !to.isBefore(newest)
            ? to.getYear()
            : to.getYear() - 1;
    if (firstYear > lastYear) {
      return List.of(monthly);
    }
    List<Part> parts = new ArrayList<>();
    LocalDate yearsFrom = LocalDate.of(firstYear, 1, 1);
    LocalDate yearsTo = lastYear == to.getYear() ? to : LocalDate.of(lastYear, 12, 31);
    if (from.isBefore(yearsFrom)) {
      parts.add(new Part(from, yearsFrom.minusDays(1), true));
    }
    parts.add(new Part(yearsFrom, yearsTo, true, true));
    if (yearsTo.isBefore(to)) {
      parts.add(new Part(yearsTo.plusDays(1), to, true));
    }
    return parts;
  }

  /** A stretch of the period read from yearly, monthly or daily rows. */
  record Part(LocalDate from, LocalDate to, boolean monthly, boolean yearly) {

    Part(LocalDate from, LocalDate to, boolean monthly) {
      this(from, to, monthly, false);
    }

    SqlWhere where() {
      return monthly
          ? new SqlWhere().between("in_month", yyyymm(from), yyyymm(to))
          : new SqlWhere().between("on_day", from, to);
    }

    String timeColumn() {
      return monthly ? "in_month" : "on_day";
    }
  }

  /**
   * The period cut into leading days, whole months and trailing days (days only by day/week). A
   * period that ends on or after {@code newest} (the latest date any post has now) holds every
   * movement of its last month that exists yet, so that month counts as whole: its monthly rows are
   * fewer than its daily ones.
   */
  static List<Part> split(StatisticsQuery q, LocalDate newest) {
    LocalDate from = q.from();
    LocalDate to = q.to();
    if (q.uses(Dimension.DAY) || q.uses(Dimension.WEEK)) {
      return List.of(new Part(from, to, false));
    }
    LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate last =
        to.getDayOfMonth() == to.lengthOfMonth() || !to.isBefore(newest)
            ? to
            : to.withDayOfMonth(1).minusDays(1);
    if (first.isAfter(last)) {
      return List.of(new Part(from, to, false));
    }
    List<Part> parts = new ArrayList<>();
    if (from.isBefore(first)) {
      parts.add(new Part(from, first.minusDays(1), false));
    }
    parts.add(new Part(first, last, true));
    if (last.isBefore(to)) {
      parts.add(new Part(last.plusDays(1), to, false));
    }
    return parts;
  }

  /** The set columns a query groups or filters by, in the order of {@code known}. */
  private static List<String> attributes(StatisticsQuery q, List<String> known) {
    Set<String> used = new java.util.HashSet<>();
    q.groupBy().forEach(d -> used.add(d.column()));
    q.filters().keySet().forEach(d -> used.add(d.column()));
    return known.stream().filter(used::contains).toList();
  }

  /** Partners added to fill a grouping set, fewest values first. */
  private static final List<String> PARTNERS =
      List.of(
          "sex",
          "transport_mode",
          "purpose",
          "post_id",
          "age_from",
          "refusal_reason",
          "nationality");

  /** The set of {@code size} attributes holding {@code attributes}, in set-name order. */
  private static List<String> complete(List<String> attributes, int size) {
    Set<String> set = new java.util.HashSet<>(attributes);
    for (String p : PARTNERS) {
      if (set.size() >= size) {
        break;
      }
      set.add(p);
    }
    return AggregateSql.SET_ATTRIBUTES.stream().filter(set::contains).toList();
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
