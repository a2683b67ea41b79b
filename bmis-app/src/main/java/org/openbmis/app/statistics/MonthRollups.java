package org.openbmis.app.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every aggregate row of one calendar month, summed in memory from the month's raw movements: the
 * rebuild on H2, which has no {@code GROUPING SETS} and would otherwise read the finest rows again
 * for each of the 39 grouping sets. It reads the raw values ({@link AggregateSql#rawSource}) and
 * derives each key as the live path's SQL does ({@link AggregateSql}: placeholders for missing
 * values, five-year age bands, carrier trimmed and in upper case, the hour in the post's time zone,
 * the processing-time bucket); the grouping sets follow {@link AggregateSql#flowSet} and {@link
 * AggregateSql#processingSet} (same set names, kept columns and placeholders). The contract tests
 * compare both paths with counts over the raw movements.
 *
 * <p>Each column's values are coded while reading (a dictionary per column, ranked in value order
 * at the end), so that a row's key is one {@code long}: the ranks of its columns side by side, the
 * first column in the highest bits. A grouping set's key is the row's key with the columns the set
 * leaves out cleared and the set's number above it; sorting the keys sorts the rows in the table's
 * key order. On 2 M movements this took the summing from 40 % of the rebuild thread (keys made of
 * objects, hashed once per grouping set) to under 10 %.
 */
final class MonthRollups {

  private static final int DAY = 0;
  private static final int POST = 1;
  private static final int DIRECTION = 2;
  private static final int DECISION = 3;
  private static final int NATIONALITY = 4;
  private static final int SEX = 5;
  private static final int AGE = 6;
  private static final int PURPOSE = 7;
  private static final int TRANSPORT = 8;
  private static final int REFUSAL = 9;
  private static final int CARRIER = 10;
  private static final int DESK = 11;
  private static final int HOUR = 12;
  private static final int BUCKET = 13;
  private static final int STAY = 14;
  private static final int COLUMNS = 15;

  /** The columns of each table's key, in key order (the day first). */
  private static final int[] FLOW = {
    DAY, POST, DIRECTION, DECISION, NATIONALITY, SEX, AGE, PURPOSE, TRANSPORT, REFUSAL
  };

  private static final int[] CARRIERS = {DAY, POST, DIRECTION, TRANSPORT, CARRIER};
  private static final int[] TIMES = {DAY, POST, DESK, HOUR, BUCKET};
  private static final int[] STAYS = {DAY, POST, NATIONALITY, STAY};

  /** Bits a table's key may use, leaving room above it for a grouping set's number. */
  private static final int MAX_KEY_BITS = 56;

  private static final long NO_MILLIS = Long.MIN_VALUE;

  private final int month;
  private final Map<UUID, ZoneId> zones;
  private final Dictionary[] dictionaries = new Dictionary[COLUMNS];
  private int[][] codes = new int[COLUMNS][4096];
  private long[] millis = new long[4096];
  private boolean[] stays = new boolean[4096];
  private int rows;
  private @Nullable ResultSet source;
  private @Nullable RawColumns at;

  /**
   * {@code month}: the month's number, {@code yyyymm}; {@code zones}: the time zone of every post
   * (the hour of an inspection is the post's local hour).
   */
  MonthRollups(int month, Map<UUID, ZoneId> zones) {
    this.month = month;
    this.zones = zones;
    for (int c = 0; c < COLUMNS; c++) {
      dictionaries[c] = new Dictionary();
    }
  }

  /**
   * Adds the movement at the current row of {@code rs}, a row of {@link AggregateSql#rawSource}.
   */
  void add(ResultSet rs) throws SQLException {
    if (rows == millis.length) {
      int size = rows * 2;
      for (int c = 0; c < COLUMNS; c++) {
        codes[c] = Arrays.copyOf(codes[c], size);
      }
      millis = Arrays.copyOf(millis, size);
      stays = Arrays.copyOf(stays, size);
    }
    int r = rows++;
    RawColumns c = at;
    if (c == null || rs != source) {
      c = RawColumns.of(rs);
      at = c;
      source = rs;
    }
    LocalDate day = rs.getObject(c.day(), LocalDate.class);
    UUID post = rs.getObject(c.post(), UUID.class);
    code(DAY, r, day);
    code(POST, r, post);
    String direction = rs.getString(c.direction());
    String decision = rs.getString(c.decision());
    code(DIRECTION, r, direction);
    code(DECISION, r, decision);
    code(NATIONALITY, r, orDash(rs.getString(c.nationality())));
    code(SEX, r, orDash(rs.getString(c.sex())));
    int birthYear = rs.getInt(c.birthYear());
    code(AGE, r, rs.wasNull() ? -1 : ageFrom(day.getYear(), birthYear));
    code(PURPOSE, r, orDash(rs.getString(c.purpose())));
    code(TRANSPORT, r, orDash(rs.getString(c.transport())));
    code(REFUSAL, r, orDash(rs.getString(c.refusal())));
    code(CARRIER, r, carrier(rs.getString(c.carrier())));
    int stayDays = rs.getInt(c.stayDays());
    stays[r] = !rs.wasNull() && "EXIT".equals(direction) && "ADMITTED".equals(decision);
    if (stays[r]) {
      code(STAY, r, stayFrom(stayDays));
    }
    long ms = rs.getLong(c.millis());
    if (rs.wasNull()) {
      millis[r] = NO_MILLIS;
    } else {
      millis[r] = ms;
      UUID desk = rs.getObject(c.desk(), UUID.class);
      code(DESK, r, desk == null ? AggregateSql.NO_DESK_ID : desk);
      ZoneId zone = zones.get(post);
      if (zone == null) {
        throw new IllegalStateException("No time zone for border post " + post);
      }
      code(
          HOUR,
          r,
          rs.getObject(c.recordedAt(), OffsetDateTime.class).atZoneSameInstant(zone).getHour());
      code(BUCKET, r, bucket(ms));
    }
  }

  /**
   * Where each column of {@link AggregateSql#rawSource} sits in a result set, found by name once
   * per result set (a look-up by name for every value would cost a map look-up per column and row).
   */
  private record RawColumns(
      int day,
      int post,
      int direction,
      int decision,
      int nationality,
      int sex,
      int birthYear,
      int purpose,
      int transport,
      int refusal,
      int carrier,
      int desk,
      int recordedAt,
      int millis,
      int stayDays) {

    static RawColumns of(ResultSet rs) throws SQLException {
      return new RawColumns(
          rs.findColumn("local_date"),
          rs.findColumn("post_id"),
          rs.findColumn("direction"),
          rs.findColumn("decision"),
          rs.findColumn("nationality"),
          rs.findColumn("sex"),
          rs.findColumn("birth_year"),
          rs.findColumn("purpose"),
          rs.findColumn("transport_mode"),
          rs.findColumn("refusal_reason"),
          rs.findColumn("carrier"),
          rs.findColumn("desk_id"),
          rs.findColumn("recorded_at"),
          rs.findColumn("inspection_millis"),
          rs.findColumn("stay_days"));
    }
  }

  /** {@code coalesce(value, '-')}. */
  private static String orDash(@Nullable String value) {
    return value == null ? "-" : value;
  }

  /** The lower bound of the five-year age band, 0 to 85, as the live path's {@code age_from}. */
  static int ageFrom(int year, int birthYear) {
    return Math.min(85, Math.max(0, (year - birthYear) / 5 * 5));
  }

  /** {@code coalesce(upper(trim(carrier)), '-')}: SQL's trim removes spaces only. */
  static String carrier(@Nullable String carrier) {
    if (carrier == null) {
      return "-";
    }
    int from = 0;
    int to = carrier.length();
    while (from < to && carrier.charAt(from) == ' ') {
      from++;
    }
    while (to > from && carrier.charAt(to - 1) == ' ') {
      to--;
    }
    return carrier.substring(from, to).toUpperCase(Locale.ROOT);
  }

  /** The lower bound of the stay band of {@code days}, as the live path's {@code stay_from}. */
  static int stayFrom(int days) {
    List<Integer> bands = AggregateSql.STAY_BANDS;
    for (int i = bands.size() - 1; i > 0; i--) {
      if (days >= bands.get(i)) {
        return bands.get(i);
      }
    }
    return bands.get(0);
  }

  /** The processing-time bucket of {@code millis}, as the live path's {@code bucket}. */
  static int bucket(long millis) {
    if (millis < 120_000) {
      return (int) (millis / 1000);
    }
    return millis < 600_000 ? (int) (120 + (millis - 120_000) / 10_000) : 168;
  }

  private void code(int column, int row, Object value) {
    codes[column][row] = dictionaries[column].code(value);
  }

  /**
   * Sums the month's rows into every table. Returns null when a table's key would need more than
   * {@link #MAX_KEY_BITS} bits (unthinkably many distinct values in a month); the caller then
   * counts the month with SQL.
   */
  @Nullable Tables sum() {
    for (Dictionary d : dictionaries) {
      d.rank();
    }
    Layout flow = new Layout(FLOW);
    Layout carriers = new Layout(CARRIERS);
    Layout times = new Layout(TIMES);
    Layout stayLayout = new Layout(STAYS);
    if (flow.bits > MAX_KEY_BITS
        || carriers.bits > MAX_KEY_BITS
        || times.bits > MAX_KEY_BITS
        || stayLayout.bits > MAX_KEY_BITS) {
      return null;
    }
    PackedRollup flowDay = new PackedRollup(flow, false, null, 1);
    PackedRollup carrierDay = new PackedRollup(carriers, false, null, 1);
    PackedRollup processing = new PackedRollup(times, false, null, 2);
    PackedRollup stayDay = new PackedRollup(stayLayout, false, null, 1);
    for (int r = 0; r < rows; r++) {
      flowDay.sums.add(flow.key(r), 1, 0);
      carrierDay.sums.add(carriers.key(r), 1, 0);
      if (stays[r]) {
        stayDay.sums.add(stayLayout.key(r), 1, 0);
      }
      if (millis[r] != NO_MILLIS) {
        processing.sums.add(times.key(r), 1, millis[r]);
      }
    }
    PackedRollup flowMonth = flowDay.monthly();
    return new Tables(
        flowDay,
        flowDay.sets(SetShapes.of(flow, AggregateSql.DAY_SETS, FLOW_ALWAYS), false),
        flowMonth.sets(SetShapes.of(flow, AggregateSql.MONTH_SETS, FLOW_ALWAYS), true),
        carrierDay,
        carrierDay.monthly(),
        stayDay,
        stayDay.monthly(),
        processing,
        processing
            .monthly()
            .sets(SetShapes.of(times, AggregateSql.PROCESSING_SETS, List.of("bucket")), true),
        rows);
  }

  /** The rows of every table of the month, and the movements counted. */
  record Tables(
      PackedRollup flowDay,
      PackedRollup flowSetDay,
      PackedRollup flowSetMonth,
      PackedRollup carrierDay,
      PackedRollup carrierMonth,
      PackedRollup stayDay,
      PackedRollup stayMonth,
      PackedRollup processing,
      PackedRollup processingSetMonth,
      long movements) {}

  private static final List<String> FLOW_ALWAYS = List.of("direction", "decision");

  /** The key column names of the columns, for the grouping sets' kept columns and placeholders. */
  private static final List<String> NAMES =
      AggregateSql.with(
          "on_day",
          Stream.concat(
                  AggregateSql.FLOW_KEYS.stream(),
                  Stream.of("carrier", "desk_id", "at_hour", "bucket", "stay_from"))
              .toList());

  /** The values of one column: a code per distinct value, then each code's rank in value order. */
  private static final class Dictionary {
    private final Map<Object, Integer> codes = new HashMap<>();
    private final List<Object> values = new ArrayList<>();
    private int[] rank = new int[0];
    private Object[] byRank = new Object[0];
    private int bits;

    int code(Object value) {
      Integer c = codes.get(value);
      if (c == null) {
        c = values.size();
        codes.put(value, c);
        values.add(value);
      }
      return c;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void rank() {
      Integer[] order = new Integer[values.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparing(i -> (Comparable) values.get(i)));
      rank = new int[order.length];
      byRank = new Object[order.length];
      for (int r = 0; r < order.length; r++) {
        rank[order[r]] = r;
        byRank[r] = values.get(order[r]);
      }
      bits = order.length <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(order.length - 1L);
    }
  }

  /**
   * A table's key columns packed into a long: each column's rank in its bits, the first highest.
   */
  final class Layout {
    final int[] columns;
    final int[] shifts;
    final long[] masks;
    final int bits;

    Layout(int[] columns) {
      this.columns = columns;
      this.shifts = new int[columns.length];
      this.masks = new long[columns.length];
      int shift = 0;
      for (int i = columns.length - 1; i >= 0; i--) {
        shifts[i] = shift;
        masks[i] = ((1L << dictionaries[columns[i]].bits) - 1) << shift;
        shift += dictionaries[columns[i]].bits;
      }
      this.bits = shift;
    }

    long key(int row) {
      long key = 0;
      for (int i = 0; i < columns.length; i++) {
        key |= (long) dictionaries[columns[i]].rank[codes[columns[i]][row]] << shifts[i];
      }
      return key;
    }

    /** The value of key column {@code i} in {@code key}. */
    Object value(long key, int i) {
      Dictionary d = dictionaries[columns[i]];
      return d.byRank[(int) ((key & masks[i]) >>> shifts[i])];
    }
  }

  /** Grouping sets over a layout: per set, its name and which key columns it keeps. */
  private record SetShapes(Layout layout, String[] names, @Nullable Object[][] placeholders) {

    /** The sets in name order (the table's key order); the first key column is the time. */
    static SetShapes of(Layout layout, List<List<String>> sets, List<String> always) {
      List<List<String>> sorted = new ArrayList<>(sets);
      sorted.sort(Comparator.comparing(AggregateSql::setName));
      String[] names = new String[sorted.size()];
      Object[][] placeholders = new Object[sorted.size()][layout.columns.length];
      for (int s = 0; s < sorted.size(); s++) {
        names[s] = AggregateSql.setName(sorted.get(s));
        for (int i = 1; i < layout.columns.length; i++) {
          String k = NAMES.get(layout.columns[i]);
          placeholders[s][i] =
              sorted.get(s).contains(k) || always.contains(k)
                  ? null
                  : AggregateSql.placeholderValue(k);
        }
      }
      return new SetShapes(layout, names, placeholders);
    }

    /** The bits of {@code key} set {@code s} keeps (the time and its columns). */
    long kept(int s) {
      long mask = layout.masks[0];
      for (int i = 1; i < layout.columns.length; i++) {
        if (placeholders[s][i] == null) {
          mask |= layout.masks[i];
        }
      }
      return mask;
    }
  }

  /**
   * The rows of one table: packed keys and their sums. {@code monthly}: the time column holds the
   * month, not the day; {@code sets}: the table of grouping sets whose number is above the key.
   */
  final class PackedRollup {
    final Layout layout;
    final boolean monthly;
    final @Nullable SetShapes sets;
    final int measures;
    final LongSums sums = new LongSums();

    PackedRollup(Layout layout, boolean monthly, @Nullable SetShapes sets, int measures) {
      this.layout = layout;
      this.monthly = monthly;
      this.sets = sets;
      this.measures = measures;
    }

    /** These rows summed by month (the day cleared). */
    PackedRollup monthly() {
      PackedRollup m = new PackedRollup(layout, true, null, measures);
      long notDay = ~layout.masks[0];
      sums.forEach((key, a, b) -> m.sums.add(key & notDay, a, b));
      return m;
    }

    /** The rows of every set of {@code shapes} from these rows; by month when {@code monthly}. */
    PackedRollup sets(SetShapes shapes, boolean monthly) {
      PackedRollup out = new PackedRollup(layout, monthly, shapes, measures);
      long[] kept = new long[shapes.names.length];
      for (int s = 0; s < kept.length; s++) {
        kept[s] = shapes.kept(s);
      }
      sums.forEach(
          (key, a, b) -> {
            for (int s = 0; s < kept.length; s++) {
              out.sums.add(((long) s << layout.bits) | (key & kept[s]), a, b);
            }
          });
      return out;
    }

    /** The rows as insert parameters (set name, key values, measures), in key order. */
    List<Object[]> sortedRows() {
      long[] keys = sums.keys();
      Arrays.sort(keys);
      int prefix = sets == null ? 0 : 1;
      int width = prefix + layout.columns.length + measures;
      List<Object[]> rows = new ArrayList<>(keys.length);
      long keyMask = layout.bits == 0 ? 0 : -1L >>> (64 - layout.bits);
      for (long packed : keys) {
        Object[] row = new Object[width];
        int s = sets == null ? 0 : (int) (packed >>> layout.bits);
        long key = packed & keyMask;
        if (sets != null) {
          row[0] = sets.names[s];
        }
        row[prefix] = monthly ? (Object) month : layout.value(key, 0);
        for (int i = 1; i < layout.columns.length; i++) {
          Object placeholder = sets == null ? null : sets.placeholders[s][i];
          row[prefix + i] = placeholder != null ? placeholder : layout.value(key, i);
        }
        long[] sum = sums.get(packed);
        for (int m = 0; m < measures; m++) {
          row[prefix + layout.columns.length + m] = sum[m];
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
