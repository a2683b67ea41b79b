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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The monthly flows of every dimension ({@code sta_flow_month}) of closed months, held in memory
 * column by column, so that a question the small grouping sets cannot answer (two filters and a
 * third dimension, say) reads no table: at ten million movements a year of that table is 1.5
 * million rows, a second or more of SQL, and a few milliseconds here.
 *
 * <p>A month is <em>closed</em> once no post in any time zone can still record into it (two days
 * after it ends, in UTC); the open months are read with SQL. A closed month can still change (a
 * post that was offline sends its movements late, a rebuild): every change raises the month's
 * version in {@code sta_month_version} in the same transaction, and each question reads the
 * versions first and reloads a month whose copy is older, so an answer is never staler than the
 * database, whichever node changed it. Memory is bounded ({@code bmis.statistics.cube-rows}, about
 * 14 bytes a row); the months used least recently leave first. With a bound of 0 every question
 * goes to SQL.
 */
@Component
class MonthCube {

  static final String TABLE = "sta_flow_month";
  private static final List<String> KEYS = AggregateSql.FLOW_KEYS;

  private final JdbcClient jdbc;
  private final StatisticsRepository repository;
  private final Clock clock;
  private final long maxRows;
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
  }

  /**
   * The rows of {@code plan} (a read of {@code sta_flow_month}): the closed months from memory, the
   * others with SQL; the same rows SQL alone would give, possibly split by month.
   */
  List<StatisticsRepository.Grouped> sum(QueryPlanner.Plan plan) {
    Range range = supported(plan);
    if (range == null) {
      return sql(plan, null);
    }
    int lastClosed = QueryPlanner.yyyymm(lastClosedMonth().atEndOfMonth());
    int cubeTo = Math.min(range.to(), lastClosed);
    List<StatisticsRepository.Grouped> rows = new ArrayList<>();
    if (range.from() <= cubeTo) {
      rows.addAll(fromMemory(plan, range.from(), cubeTo));
      answers.incrementAndGet();
    }
    if (range.to() > cubeTo) {
      int sqlFrom = Math.max(range.from(), next(cubeTo));
      rows.addAll(sql(plan, new Range(sqlFrom, range.to())));
    }
    return rows;
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

  private record Range(int from, int to) {}

  /**
   * The month range of the plan when the cube can answer it (conditions on the key columns and the
   * month only), else null.
   */
  private @Nullable Range supported(QueryPlanner.Plan plan) {
    if (maxRows <= 0 || !plan.table().equals(TABLE) || !plan.measure().equals("movements")) {
      return null;
    }
    Range range = null;
    for (SqlWhere.Condition c : plan.where().conditions()) {
      if (c.column().equals("in_month") && c.op() == SqlWhere.Op.BETWEEN) {
        range =
            new Range(
                ((Number) c.values().get(0)).intValue(), ((Number) c.values().get(1)).intValue());
      } else if (!KEYS.contains(c.column()) || c.op() == SqlWhere.Op.BETWEEN) {
        return null;
      }
    }
    for (String c : plan.columns()) {
      if (!c.equals("in_month") && !KEYS.contains(c)) {
        return null;
      }
    }
    return range;
  }

  private List<StatisticsRepository.Grouped> sql(QueryPlanner.Plan plan, @Nullable Range range) {
    SqlWhere where = plan.where();
    if (range != null) {
      where = new SqlWhere();
      for (SqlWhere.Condition c : plan.where().conditions()) {
        where.add(
            c.column().equals("in_month")
                ? new SqlWhere.Condition(
                    "in_month", SqlWhere.Op.BETWEEN, List.of(range.from(), range.to()))
                : c);
      }
    }
    return repository.sum(plan.table(), plan.columns(), plan.measure(), where);
  }

  private List<StatisticsRepository.Grouped> fromMemory(QueryPlanner.Plan plan, int from, int to) {
    Map<Integer, Long> versions = versions(from, to);
    Map<List<Object>, Long> sums = new HashMap<>();
    for (int m = from; m <= to; m = next(m)) {
      long version = versions.getOrDefault(m, 0L);
      Month month = months.get(m);
      if (month == null || month.version != version) {
        month = load(m, version);
      }
      month.lastUse = uses.incrementAndGet();
      month.sum(plan, m, sums);
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
  private Month load(int month, long version) {
    Month.Builder b = new Month.Builder(KEYS.size());
    jdbc.sql(
            "select "
                + AggregateSql.cols(KEYS)
                + ", movements from "
                + TABLE
                + " where in_month = ? and movements <> 0")
        .param(month)
        .query(
            (ResultSet rs) -> {
              b.add(rs);
            });
    Month m = b.build(version);
    months.put(month, m);
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

  private static int next(int yyyymm) {
    return yyyymm % 100 == 12 ? (yyyymm / 100 + 1) * 100 + 1 : yyyymm + 1;
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
    void sum(QueryPlanner.Plan plan, int month, Map<List<Object>, Long> sums) {
      List<int[]> filters = new ArrayList<>();
      List<boolean[]> accepted = new ArrayList<>();
      for (SqlWhere.Condition c : plan.where().conditions()) {
        if (c.column().equals("in_month")) {
          continue;
        }
        int col = KEYS.indexOf(c.column());
        boolean[] accept = accept(dictionaries[col], c);
        boolean any = false;
        for (boolean a : accept) {
          any |= a;
        }
        if (!any) {
          return;
        }
        filters.add(new int[] {col});
        accepted.add(accept);
      }
      List<String> columns = plan.columns();
      int[] group = new int[columns.size()];
      long[] radix = new long[columns.size()];
      long span = 1;
      boolean packable = true;
      for (int i = 0; i < columns.size(); i++) {
        group[i] = KEYS.indexOf(columns.get(i)); // -1: the month itself
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
      Codes[] filterCodes = new Codes[filters.size()];
      boolean[][] filterAccept = new boolean[filters.size()][];
      for (int f = 0; f < filters.size(); f++) {
        filterCodes[f] = codes[filters.get(f)[0]];
        filterAccept[f] = accepted.get(f);
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
          packed.add(key, counts[r]);
        } else {
          slow.merge(values(group, month, r), (long) counts[r], Long::sum);
        }
      }
      if (packed != null) {
        packed.forEach(
            (key, n) -> {
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
        Object v = dictionary[i];
        accept[i] =
            switch (c.op()) {
              case EQ -> same(v, c.values().get(0));
              case NE -> !same(v, c.values().get(0));
              case IN -> c.values().stream().anyMatch(x -> same(v, x));
              case BETWEEN -> throw new IllegalStateException("not supported: " + c);
            };
      }
      return accept;
    }

    /** SQL equality of a column value and a parameter (numbers by value, the rest by equals). */
    private static boolean same(Object value, Object param) {
      if (value instanceof Number a && param instanceof Number b) {
        return a.longValue() == b.longValue();
      }
      return value.equals(param);
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

  /** A column of dictionary codes, one or two bytes each when the dictionary is small enough. */
  static final class Codes {
    private final byte @Nullable [] bytes;
    private final short @Nullable [] shorts;
    private final int @Nullable [] ints;

    private Codes(byte @Nullable [] bytes, short @Nullable [] shorts, int @Nullable [] ints) {
      this.bytes = bytes;
      this.shorts = shorts;
      this.ints = ints;
    }

    static Codes of(int[] codes, int rows, int distinct) {
      if (distinct <= 256) {
        byte[] b = new byte[rows];
        for (int r = 0; r < rows; r++) {
          b[r] = (byte) codes[r];
        }
        return new Codes(b, null, null);
      }
      if (distinct <= 65536) {
        short[] s = new short[rows];
        for (int r = 0; r < rows; r++) {
          s[r] = (short) codes[r];
        }
        return new Codes(null, s, null);
      }
      return new Codes(null, null, Arrays.copyOf(codes, rows));
    }

    int get(int row) {
      if (bytes != null) {
        return bytes[row] & 0xFF;
      }
      if (shorts != null) {
        return shorts[row] & 0xFFFF;
      }
      return ints[row];
    }
  }

  /** Sums by a long key: open addressing, linear probing. */
  static final class LongSums {
    private long[] keys = new long[256];
    private long[] sums = new long[256];
    private boolean[] used = new boolean[256];
    private int size;

    void add(long key, long n) {
      if (size * 2 >= keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = (int) (mix(key) & mask);
      while (used[i] && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (!used[i]) {
        used[i] = true;
        keys[i] = key;
        size++;
      }
      sums[i] += n;
    }

    void forEach(java.util.function.BiConsumer<Long, Long> action) {
      for (int i = 0; i < keys.length; i++) {
        if (used[i]) {
          action.accept(keys[i], sums[i]);
        }
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      long[] oldSums = sums;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      sums = new long[oldKeys.length * 2];
      used = new boolean[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldUsed[i]) {
          add(oldKeys[i], oldSums[i]);
        }
      }
    }

    private static long mix(long k) {
      k ^= k >>> 33;
      k *= 0xff51afd7ed558ccdL;
      k ^= k >>> 33;
      return k;
    }
  }
}
