package org.openbmis.app.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The flows of every dimension by day ({@code sta_flow_day}) of closed months, held in memory
 * column by column, so that a question the small grouping sets cannot answer (two filters and a
 * third dimension, say, or two filters by week) reads no table: at ten million movements a year of
 * the tables of every dimension is 1.5 to 2 million rows, a second or more of SQL, and a few
 * milliseconds here. It answers reads of {@code sta_flow_day}, by day or summed by month ({@code
 * in_month}).
 *
 * <p>A month is <em>closed</em> once no post in any time zone can still record into it (two days
 * after it ends, in UTC); the open months are read with SQL. A closed month can still change (a
 * post that was offline sends its movements late, a rebuild): every change raises the month's
 * version in {@code sta_month_version} in the same transaction, and each question reads the
 * versions first and reloads a month whose copy is older, so an answer is never staler than the
 * database, whichever node changed it. Memory is bounded ({@code bmis.statistics.cube-rows}, about
 * 15 bytes a row); the months used least recently leave first. With a bound of 0 every question
 * goes to SQL.
 */
@Component
class MonthCube {

  static final String DAY_TABLE = "sta_flow_day";

  /** The columns held: the day, then the flow keys. */
  private static final List<String> KEYS = AggregateSql.with("on_day", AggregateSql.FLOW_KEYS);

  private final JdbcClient jdbc;
  private final StatisticsRepository repository;
  private final Clock clock;
  private static final Logger log = LoggerFactory.getLogger(MonthCube.class);

  private final long maxRows;
  private final int warmUpMonths;
  private final Map<Integer, Month> months = new ConcurrentHashMap<>();
  private final AtomicLong loads = new AtomicLong();
  private final AtomicLong answers = new AtomicLong();
  private final AtomicLong uses = new AtomicLong();

  MonthCube(
      JdbcClient jdbc,
      StatisticsRepository repository,
      Clock clock,
      StatisticsProperties properties) {
    this.jdbc = jdbc;
    this.repository = repository;
    this.clock = clock;
    this.maxRows = properties.cubeRows();
    this.warmUpMonths = properties.cubeWarmUpMonths();
  }

  /** True when the plan reads the table this cube holds (the daily table of every dimension). */
  static boolean holds(QueryPlanner.Plan plan) {
    return plan.table().equals(DAY_TABLE);
  }

  /**
   * The rows of {@code plan} (a read of {@code sta_flow_day}): the closed months from memory, the
   * rest with SQL; the same rows SQL alone would give, possibly split.
   */
  List<StatisticsRepository.Grouped> sum(QueryPlanner.Plan plan) {
    SqlWhere.Condition period = supported(plan);
    if (period == null) {
      return repository.sum(plan.table(), plan.columns(), plan.measure(), plan.where());
    }
    YearMonth lastClosed = lastClosedMonth();
    List<StatisticsRepository.Grouped> rows = new ArrayList<>();
    LocalDate from = (LocalDate) period.values().get(0);
    LocalDate to = (LocalDate) period.values().get(1);
    LocalDate cubeTo = to.isAfter(lastClosed.atEndOfMonth()) ? lastClosed.atEndOfMonth() : to;
    if (!from.isAfter(cubeTo)) {
      rows.addAll(
          fromMemory(plan, YearMonth.from(from), YearMonth.from(cubeTo), List.of(from, cubeTo)));
    }
    if (to.isAfter(cubeTo)) {
      LocalDate sqlFrom = from.isAfter(cubeTo) ? from : cubeTo.plusDays(1);
      rows.addAll(sql(plan, sqlFrom, to));
    }
    return rows;
  }

  /**
   * After start-up, loads the latest closed months ({@code bmis.statistics.cube-warm-up-months}, as
   * far as the row bound allows) on a background thread, so that the morning's first dashboard does
   * not wait for them. A failure only means they load on first use.
   */
  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    if (maxRows <= 0 || warmUpMonths <= 0) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              try {
                long start = System.nanoTime();
                YearMonth last = lastClosedMonth();
                YearMonth first = last.minusMonths(warmUpMonths - 1L);
                Map<Integer, Long> versions =
                    versions(
                        QueryPlanner.yyyymm(first.atDay(1)), QueryPlanner.yyyymm(last.atDay(1)));
                long rows = 0;
                for (YearMonth m = last;
                    !m.isBefore(first) && rows < maxRows;
                    m = m.minusMonths(1)) {
                  int key = QueryPlanner.yyyymm(m.atDay(1));
                  if (!months.containsKey(key)) {
                    rows += load(m, versions.getOrDefault(key, 0L)).rows;
                  }
                }
                evict();
                log.info(
                    "Statistics: {} closed months ({} rows) preloaded in {} ms",
                    months.size(),
                    rows,
                    (System.nanoTime() - start) / 1_000_000);
              } catch (RuntimeException e) {
                log.info(
                    "Statistics months not preloaded ({}); they load on first use", e.toString());
              }
            },
            "statistics-cube-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** Months loaded from the database so far (each load reads one month of the table). */
  long loads() {
    return loads.get();
  }

  /** Questions answered (at least partly) from memory. */
  long answers() {
    return answers.get();
  }

  /** The latest month no post can still record into. */
  YearMonth lastClosedMonth() {
    return YearMonth.from(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(2))
        .minusMonths(1);
  }

  /**
   * The plan's period condition when the cube can answer it (conditions on the held columns only),
   * else null.
   */
  private SqlWhere.@Nullable Condition supported(QueryPlanner.Plan plan) {
    if (maxRows <= 0 || !holds(plan) || !plan.measure().equals("movements")) {
      return null;
    }
    SqlWhere.Condition period = null;
    for (SqlWhere.Condition c : plan.where().conditions()) {
      if (c.column().equals("on_day") && c.op() == SqlWhere.Op.BETWEEN) {
        period = c;
      } else if (!AggregateSql.FLOW_KEYS.contains(c.column()) || c.op() == SqlWhere.Op.BETWEEN) {
        return null;
      }
    }
    for (String c : plan.columns()) {
      if (!c.equals("on_day") && !c.equals("in_month") && !AggregateSql.FLOW_KEYS.contains(c)) {
        return null;
      }
    }
    return period;
  }

  /** The plan read with SQL over another period (its time column between from and to). */
  private List<StatisticsRepository.Grouped> sql(QueryPlanner.Plan plan, Object from, Object to) {
    SqlWhere where = new SqlWhere();
    for (SqlWhere.Condition c : plan.where().conditions()) {
      where.add(
          c.op() == SqlWhere.Op.BETWEEN
              ? new SqlWhere.Condition(c.column(), SqlWhere.Op.BETWEEN, List.of(from, to))
              : c);
    }
    return repository.sum(plan.table(), plan.columns(), plan.measure(), where);
  }

  /**
   * Sums the held months {@code from} to {@code to}; {@code days} (first and last day, both
   * included) narrows them to a stretch of days.
   */
  private List<StatisticsRepository.Grouped> fromMemory(
      QueryPlanner.Plan plan, YearMonth from, YearMonth to, List<LocalDate> days) {
    answers.incrementAndGet();
    int first = QueryPlanner.yyyymm(from.atDay(1));
    int last = QueryPlanner.yyyymm(to.atDay(1));
    Map<Integer, Long> versions = versions(first, last);
    List<SqlWhere.Condition> conditions = new ArrayList<>();
    for (SqlWhere.Condition c : plan.where().conditions()) {
      if (c.op() != SqlWhere.Op.BETWEEN) {
        conditions.add(c);
      }
    }
    conditions.add(new SqlWhere.Condition("on_day", SqlWhere.Op.BETWEEN, List.copyOf(days)));
    Map<List<Object>, Long> sums = new HashMap<>();
    for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(1)) {
      int m = QueryPlanner.yyyymm(ym.atDay(1));
      long version = versions.getOrDefault(m, 0L);
      Month month = months.get(m);
      if (month == null || month.version != version) {
        month = load(ym, version);
      }
      month.lastUse = uses.incrementAndGet();
      month.sum(plan.columns(), conditions, m, sums);
    }
    evict();
    if (sums.isEmpty() && plan.columns().isEmpty()) {
      sums.put(List.of(), 0L); // as SQL: a sum without groups is one row
    }
    List<StatisticsRepository.Grouped> rows = new ArrayList<>(sums.size());
    sums.forEach(
        (key, n) -> {
          Map<String, Object> values = new LinkedHashMap<>();
          for (int i = 0; i < key.size(); i++) {
            values.put(plan.columns().get(i), key.get(i));
          }
          rows.add(new StatisticsRepository.Grouped(values, n, 0));
        });
    return rows;
  }

  private Map<Integer, Long> versions(int from, int to) {
    Map<Integer, Long> versions = new HashMap<>();
    jdbc.sql("select in_month, version from sta_month_version where in_month between ? and ?")
        .params(from, to)
        .query(
            (ResultSet rs) -> {
              versions.put(rs.getInt(1), rs.getLong(2));
            });
    return versions;
  }

  /**
   * Reads one month. The version was read before the rows: if the month changes in between, the
   * copy is newer than its version says and the next question reloads it; never the other way.
   */
  private Month load(YearMonth month, long version) {
    Month.Builder b = new Month.Builder(KEYS.size());
    jdbc.sql(
            "select "
                + AggregateSql.cols(KEYS)
                + ", movements from "
                + DAY_TABLE
                + " where on_day between ? and ? and movements <> 0")
        .params(month.atDay(1), month.atEndOfMonth())
        .query(
            (ResultSet rs) -> {
              b.add(rs);
            });
    Month m = b.build(version);
    months.put(QueryPlanner.yyyymm(month.atDay(1)), m);
    loads.incrementAndGet();
    return m;
  }

  /** Drops the months used least recently while the copies hold more rows than allowed. */
  private void evict() {
    long total = months.values().stream().mapToLong(m -> m.rows).sum();
    if (total <= maxRows) {
      return;
    }
    List<Map.Entry<Integer, Month>> byUse = new ArrayList<>(months.entrySet());
    byUse.sort((a, b) -> Long.compare(a.getValue().lastUse, b.getValue().lastUse));
    for (Map.Entry<Integer, Month> e : byUse) {
      if (total <= maxRows) {
        break;
      }
      months.remove(e.getKey());
      total -= e.getValue().rows;
    }
  }

  /** One month's rows: per key column a dictionary of values and each row's index into it. */
  static final class Month {
    final long version;
    final int rows;
    final Object[][] dictionaries;
    final Codes[] codes;
    final int[] counts;
    volatile long lastUse;

    private Month(long version, int rows, Object[][] dictionaries, Codes[] codes, int[] counts) {
      this.version = version;
      this.rows = rows;
      this.dictionaries = dictionaries;
      this.codes = codes;
      this.counts = counts;
    }

    /** Adds the rows of this month that pass the plan's conditions to {@code sums}, by group. */
    void sum(
        List<String> columns,
        List<SqlWhere.Condition> conditions,
        int month,
        Map<List<Object>, Long> sums) {
      // per condition: the column's codes and which dictionary entries pass
      Codes[] filterCodes = new Codes[conditions.size()];
      boolean[][] filterAccept = new boolean[conditions.size()][];
      for (int f = 0; f < conditions.size(); f++) {
        SqlWhere.Condition c = conditions.get(f);
        int col = KEYS.indexOf(c.column());
        filterCodes[f] = codes[col];
        filterAccept[f] = accept(dictionaries[col], c);
        boolean any = false;
        for (boolean a : filterAccept[f]) {
          any |= a;
        }
        if (!any) {
          return; // no row of this month can pass
        }
      }
      int[] group = new int[columns.size()];
      long[] radix = new long[columns.size()];
      long span = 1;
      boolean packable = true;
      for (int i = 0; i < columns.size(); i++) {
        group[i] = KEYS.indexOf(columns.get(i)); // -1: in_month, the month itself
        radix[i] = span;
        if (group[i] >= 0) {
          int size = Math.max(1, dictionaries[group[i]].length);
          if (span > Long.MAX_VALUE / size) {
            packable = false;
          } else {
            span *= size;
          }
        }
      }
      LongSums packed = packable ? new LongSums() : null;
      Map<List<Object>, Long> slow = packable ? null : sums;
      rows:
      for (int r = 0; r < rows; r++) {
        for (int f = 0; f < filterCodes.length; f++) {
          if (!filterAccept[f][filterCodes[f].get(r)]) {
            continue rows;
          }
        }
        if (packed != null) {
          long key = 0;
          for (int i = 0; i < group.length; i++) {
            if (group[i] >= 0) {
              key += codes[group[i]].get(r) * radix[i];
            }
          }
          packed.add(key, counts[r], 0);
        } else {
          slow.merge(values(group, month, r), (long) counts[r], Long::sum);
        }
      }
      if (packed != null) {
        packed.forEach(
            (key, n, unused) -> {
              Object[] values = new Object[group.length];
              for (int i = 0; i < group.length; i++) {
                if (group[i] < 0) {
                  values[i] = month;
                } else {
                  Object[] dictionary = dictionaries[group[i]];
                  values[i] = dictionary[(int) ((key / radix[i]) % dictionary.length)];
                }
              }
              sums.merge(Arrays.asList(values), n, Long::sum);
            });
      }
    }

    private List<Object> values(int[] group, int month, int r) {
      Object[] values = new Object[group.length];
      for (int i = 0; i < group.length; i++) {
        values[i] = group[i] < 0 ? month : dictionaries[group[i]][codes[group[i]].get(r)];
      }
      return Arrays.asList(values);
    }

    private static boolean[] accept(Object[] dictionary, SqlWhere.Condition c) {
      boolean[] accept = new boolean[dictionary.length];
      for (int i = 0; i < dictionary.length; i++) {
        accept[i] = c.matches(dictionary[i]);
      }
      return accept;
    }

    /** Collects rows into dictionaries and codes. */
    static final class Builder {
      private final List<Map<Object, Integer>> dictionaries = new ArrayList<>();
      private final List<int[]> codes = new ArrayList<>();
      private int[] counts = new int[1024];
      private int rows;

      Builder(int columns) {
        for (int i = 0; i < columns; i++) {
          dictionaries.add(new HashMap<>());
          codes.add(new int[1024]);
        }
      }

      void add(ResultSet rs) throws SQLException {
        if (rows == counts.length) {
          counts = Arrays.copyOf(counts, rows * 2);
          for (int i = 0; i < codes.size(); i++) {
            codes.set(i, Arrays.copyOf(codes.get(i), rows * 2));
          }
        }
        for (int i = 0; i < dictionaries.size(); i++) {
          Map<Object, Integer> dictionary = dictionaries.get(i);
          Object v = rs.getObject(i + 1);
          if (v instanceof java.sql.Date d) {
            v = d.toLocalDate();
          }
          Integer code = dictionary.get(v);
          if (code == null) {
            code = dictionary.size();
            dictionary.put(v, code);
          }
          codes.get(i)[rows] = code;
        }
        counts[rows++] = Math.toIntExact(rs.getLong(dictionaries.size() + 1));
      }

      Month build(long version) {
        Object[][] dicts = new Object[dictionaries.size()][];
        Codes[] packed = new Codes[dictionaries.size()];
        for (int i = 0; i < dictionaries.size(); i++) {
          Object[] d = new Object[dictionaries.get(i).size()];
          dictionaries.get(i).forEach((v, code) -> d[code] = v);
          dicts[i] = d;
          packed[i] = Codes.of(codes.get(i), rows, d.length);
        }
        return new Month(version, rows, dicts, packed, Arrays.copyOf(counts, rows));
      }
    }
  }
}
