package org.openbmis.app.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the aggregate tables: counts the queued movements in batches, or rebuilds them month by
 * month from the raw movements. Both paths build their rows with the same {@link AggregateSql}.
 */
@Repository
class AggregateRepository {

  private static final String PENDING =
      "m.id in (select movement_id from sta_pending where batch_no = ?)";
  private static final String FLOW_DAY = "sta_flow_day";
  private static final String SET_DAY = "sta_flow_set_day";
  private static final String SET_MONTH = "sta_flow_set_month";
  private static final String CARRIER_DAY = "sta_carrier_day";
  private static final String CARRIER_MONTH = "sta_carrier_month";
  private static final String PROCESSING = "sta_processing";
  private static final String PROCESSING_SET = "sta_processing_set_month";
  private static final String PROCESSING_YEAR = "sta_processing_set_year";
  private static final List<String> TABLES =
      List.of(
          FLOW_DAY,
          SET_DAY,
          SET_MONTH,
          CARRIER_DAY,
          CARRIER_MONTH,
          PROCESSING,
          PROCESSING_SET,
          PROCESSING_YEAR);
  private static final List<String> MOVEMENTS = List.of("movements");
  private static final List<String> TIMES = List.of("inspections", "total_millis");
  private static final List<String> PROCESSING_MONTH_COLUMNS =
      List.of("post_id", "desk_id", "at_hour", "bucket", "inspections", "total_millis");
  private static final List<String> PROCESSING_SET_KEYS =
      List.of("set_name", "in_month", "post_id", "desk_id", "at_hour", "bucket");
  private static final List<String> PROCESSING_YEAR_KEYS =
      List.of("set_name", "in_year", "post_id", "desk_id", "at_hour", "bucket");

  private static final int BATCH = 10_000;
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(AggregateRepository.class);

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final boolean postgres;
  private volatile boolean inMemory = true;

  AggregateRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.batches = new JdbcTemplate(dataSource);
    this.postgres = isPostgres(dataSource);
  }

  /** Queues a recorded movement for counting; call it in the recording transaction. */
  void enqueue(UUID movementId) {
    jdbc.sql("insert into sta_pending (movement_id) values (?)").param(movementId).update();
  }

  /**
   * Counts the queued movements in one batch: claims them, adds them to every aggregate (an upsert
   * per table, {@code INSERT ... ON CONFLICT} with {@code GROUPING SETS} on PostgreSQL; an upsert
   * per table and grouping set, {@code MERGE}, on H2) and removes them from the queue, all in the
   * caller's transaction. Returns the movements counted.
   *
   * <p>Counts nothing while a rebuild is unfinished: one running in another process (the rebuild
   * command against the same PostgreSQL while the node runs) or one that stopped half-way. The
   * queue keeps the movements; a rebuild leaves queued movements to the queue, so they are counted
   * once the next rebuild has finished. A drain with work locks the row that records rebuilds (an
   * idle tick writes nothing), so a rebuild's mark waits for the drain in progress, and a drain
   * never adds to tables a rebuild is filling.
   */
  int drain(long batch) {
    if (rebuildTimes().unfinished()) {
      return 0;
    }
    int n =
        jdbc.sql("update sta_pending set batch_no = ? where batch_no is null")
            .param(batch)
            .update();
    if (n == 0) {
      return 0;
    }
    if (rebuildTimes(" for update").unfinished()) {
      // a rebuild started since the first look: give the batch back to the queue
      jdbc.sql("update sta_pending set batch_no = null where batch_no = ?").param(batch).update();
      return 0;
    }
    String where = "where " + PENDING;
    String day = AggregateSql.flowDay(where);
    String month = AggregateSql.flowMonth(day);
    upsert(FLOW_DAY, AggregateSql.with("on_day", AggregateSql.FLOW_KEYS), MOVEMENTS, day, batch);
    for (String sets : flowSets(AggregateSql.DAY_SETS, "on_day", day)) {
      upsert(SET_DAY, setKeys("on_day"), MOVEMENTS, sets, batch);
    }
    for (String sets : flowSets(AggregateSql.MONTH_SETS, "in_month", month)) {
      upsert(SET_MONTH, setKeys("in_month"), MOVEMENTS, sets, batch);
    }
    String carriers = AggregateSql.carrierDay(where);
    upsert(CARRIER_DAY, AggregateSql.CARRIER_KEYS, MOVEMENTS, carriers, batch);
    upsert(
        CARRIER_MONTH, carrierMonthKeys(), MOVEMENTS, AggregateSql.carrierMonth(carriers), batch);
    String processing = AggregateSql.processing("and " + PENDING);
    upsert(PROCESSING, AggregateSql.PROCESSING_KEYS, TIMES, processing, batch);
    String processingMonth = AggregateSql.monthly(processing, PROCESSING_MONTH_COLUMNS);
    for (String sets : processingSets(processingMonth)) {
      upsert(PROCESSING_SET, PROCESSING_SET_KEYS, TIMES, sets, batch);
      upsert(
          PROCESSING_YEAR, PROCESSING_YEAR_KEYS, TIMES, AggregateSql.processingYearly(sets), batch);
    }
    raiseVersions(
        "select distinct "
            + AggregateSql.MONTH_OF_DAY
            + " as in_month from (select m.local_date as on_day from mov_movement m "
            + where
            + ") d",
        batch);
    jdbc.sql("delete from sta_pending where batch_no = ?").param(batch).update();
    return n;
  }

  /**
   * Empties every aggregate (the start of a rebuild; the movements still queued stay queued and are
   * counted by the worker afterwards).
   */
  void clear() {
    jdbc.sql("update sta_month_version set version = version + 1").update();
    if (postgres) {
      jdbc.sql("truncate table " + String.join(", ", TABLES)).update();
    } else {
      // H2: one table per TRUNCATE, which commits (a DELETE of millions of rows takes minutes)
      TABLES.forEach(t -> jdbc.sql("truncate table " + t).update());
    }
  }

  /** The months that hold movements, oldest first (empty when there are none). */
  List<YearMonth> months() {
    List<LocalDate> range =
        jdbc.sql("select min(local_date) as lo, max(local_date) as hi from mov_movement")
            .query(
                (rs, i) -> {
                  java.sql.Date lo = rs.getDate("lo");
                  return lo == null
                      ? null
                      : List.of(lo.toLocalDate(), rs.getDate("hi").toLocalDate());
                })
            .list()
            .get(0);
    List<YearMonth> months = new ArrayList<>();
    if (range != null) {
      YearMonth last = YearMonth.from(range.get(1));
      for (YearMonth m = YearMonth.from(range.get(0)); !m.isAfter(last); m = m.plusMonths(1)) {
        months.add(m);
      }
    }
    return months;
  }

  /**
   * Counts every movement of one month that is not queued into the (empty) aggregates of that
   * month, set-based: a few {@code INSERT ... SELECT ... GROUP BY}, the finer tables first and the
   * coarser ones from them. Returns the movements counted.
   */
  long rebuildMonth(YearMonth month, ProcessingYears years) {
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    int yyyymm = month.getYear() * 100 + month.getMonthValue();
    String raw =
        "m.local_date between ? and ? and not exists (select 1 from sta_pending q where q.movement_id = m.id)";
    if (!postgres && inMemory) {
      long counted = rebuildMonthInMemory(yyyymm, raw, from, to, years);
      if (counted >= 0) {
        return counted;
      }
    }
    years.incomplete();
    String days = " where on_day between ? and ?";
    insert(
        FLOW_DAY,
        AggregateSql.with("on_day", AggregateSql.FLOW_KEYS),
        MOVEMENTS,
        AggregateSql.flowDay("where " + raw),
        from,
        to);
    String daySource = "select * from " + FLOW_DAY + days;
    String monthSource = AggregateSql.flowMonth(daySource);
    for (String sets : flowSets(AggregateSql.DAY_SETS, "on_day", daySource)) {
      insert(SET_DAY, setKeys("on_day"), MOVEMENTS, sets, from, to);
    }
    for (String sets : flowSets(AggregateSql.MONTH_SETS, "in_month", monthSource)) {
      insert(SET_MONTH, setKeys("in_month"), MOVEMENTS, sets, from, to);
    }
    insert(
        CARRIER_DAY,
        AggregateSql.CARRIER_KEYS,
        MOVEMENTS,
        AggregateSql.carrierDay("where " + raw),
        from,
        to);
    insert(
        CARRIER_MONTH,
        carrierMonthKeys(),
        MOVEMENTS,
        AggregateSql.carrierMonth("select * from " + CARRIER_DAY + days),
        from,
        to);
    insert(
        PROCESSING,
        AggregateSql.PROCESSING_KEYS,
        TIMES,
        AggregateSql.processing("and " + raw),
        from,
        to);
    String processingMonth =
        AggregateSql.monthly("select * from " + PROCESSING + days, PROCESSING_MONTH_COLUMNS);
    for (String sets : processingSets(processingMonth)) {
      insert(PROCESSING_SET, PROCESSING_SET_KEYS, TIMES, sets, from, to);
    }
    raiseVersions("select cast(? as integer) as in_month", yyyymm);
    return jdbc.sql("select coalesce(sum(movements), 0) from " + FLOW_DAY + days)
        .params(from, to)
        .query(Long.class)
        .single();
  }

  /**
   * {@link #rebuildMonth} on H2: reads the month's raw movements once, sums every aggregate of the
   * month in memory ({@link MonthRollups}) and inserts the rows in key order in batches. H2 has no
   * {@code GROUPING SETS}: set-based, each of the 39 sets was a statement reading the month's rows
   * again. Returns the movements counted, or -1 (nothing written) when the month's keys do not fit
   * {@link MonthRollups}; the month is then counted set-based.
   */
  private long rebuildMonthInMemory(
      int yyyymm, String raw, LocalDate from, LocalDate to, ProcessingYears years) {
    long start = System.nanoTime();
    MonthRollups rollups = new MonthRollups(yyyymm);
    jdbc.sql(AggregateSql.allSource("where " + raw)).params(from, to).query(rollups::add);
    MonthRollups.Tables t = rollups.sum();
    if (t == null) {
      log.warn("Statistics rebuild of {}: too many distinct values to sum in memory", yyyymm);
      return -1;
    }
    long read = System.nanoTime();
    write(
        FLOW_DAY,
        AggregateSql.with("on_day", AggregateSql.FLOW_KEYS),
        MOVEMENTS,
        t.flowDay().sortedRows());
    write(SET_DAY, setKeys("on_day"), MOVEMENTS, t.flowSetDay().sortedRows());
    write(SET_MONTH, setKeys("in_month"), MOVEMENTS, t.flowSetMonth().sortedRows());
    write(CARRIER_DAY, AggregateSql.CARRIER_KEYS, MOVEMENTS, t.carrierDay().sortedRows());
    write(CARRIER_MONTH, carrierMonthKeys(), MOVEMENTS, t.carrierMonth().sortedRows());
    write(PROCESSING, AggregateSql.PROCESSING_KEYS, TIMES, t.processing().sortedRows());
    List<Object[]> processingSets = t.processingSetMonth().sortedRows();
    write(PROCESSING_SET, PROCESSING_SET_KEYS, TIMES, processingSets);
    years.add(processingSets);
    raiseVersions("select cast(? as integer) as in_month", yyyymm);
    log.info(
        "Statistics rebuild of {}: {} movements read and summed in {} ms, written in {} ms",
        yyyymm,
        t.movements(),
        (read - start) / 1_000_000,
        (System.nanoTime() - read) / 1_000_000);
    return t.movements();
  }

  /** Inserts {@code rows} (key values, then measures) into {@code table}, in batches. */
  private void write(String table, List<String> keys, List<String> values, List<Object[]> rows) {
    String cols = AggregateSql.cols(keys) + ", " + AggregateSql.cols(values);
    String sql =
        "insert into "
            + table
            + " ("
            + cols
            + ") values ("
            + String.join(", ", java.util.Collections.nCopies(keys.size() + values.size(), "?"))
            + ")";
    for (int i = 0; i < rows.size(); i += BATCH) {
      batches.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + BATCH)));
    }
  }

  /**
   * Whether a rebuild on H2 sums each month in memory (the default) or counts it set-based, as it
   * does when a month's keys do not fit in memory; the contract tests compare both with the raw
   * movements.
   */
  void sumInMemory(boolean inMemory) {
    this.inMemory = inMemory;
  }

  /**
   * Fills the (empty) yearly processing table: the end of a rebuild, after every month. On H2 from
   * the sums kept while the months were written, when every month kept them; else by summing the
   * monthly processing sets with SQL.
   */
  void rebuildYears(ProcessingYears years) {
    if (!postgres && years.complete()) {
      List<Object[]> rows = years.rows();
      rows.sort(
          java.util.Comparator.comparing((Object[] r) -> (String) r[0])
              .thenComparing(r -> (Integer) r[1]));
      write(PROCESSING_YEAR, PROCESSING_YEAR_KEYS, TIMES, rows);
      return;
    }
    insert(
        PROCESSING_YEAR,
        PROCESSING_YEAR_KEYS,
        TIMES,
        AggregateSql.processingYearly("select * from " + PROCESSING_SET));
  }

  /**
   * True when a rebuild started and did not finish, or when movements exist but the aggregates are
   * empty (data loaded without events, such as the demo data, or aggregate tables added by an
   * upgrade).
   */
  boolean needsRebuild() {
    return rebuildTimes().unfinished()
        || ((isEmpty(FLOW_DAY) || isEmpty(SET_MONTH)) && !isEmpty("mov_movement"));
  }

  /**
   * Records that a rebuild starts: committed on its own before the tables are emptied, so that a
   * rebuild that stops half-way (a failure, a killed process) leaves the mark behind.
   */
  void rebuildStarted(Instant at) {
    jdbc.sql("update sta_rebuild set started_at = ?, finished_at = null where id = 1")
        .param(Timestamp.from(at))
        .update();
  }

  /** Records that a rebuild counted everything (in the transaction of its last step). */
  void rebuildFinished(Instant at) {
    jdbc.sql("update sta_rebuild set finished_at = ? where id = 1")
        .param(Timestamp.from(at))
        .update();
  }

  /** When the last rebuild started and finished (null: never, or not yet). */
  record RebuildTimes(Instant started, Instant finished) {
    /** A rebuild is running, or one stopped half-way: the aggregates may be incomplete. */
    boolean unfinished() {
      return started != null && finished == null;
    }
  }

  RebuildTimes rebuildTimes() {
    return rebuildTimes("");
  }

  private RebuildTimes rebuildTimes(String lock) {
    return jdbc.sql("select started_at, finished_at from sta_rebuild where id = 1" + lock)
        .query(
            (rs, i) ->
                new RebuildTimes(
                    instant(rs.getTimestamp("started_at")),
                    instant(rs.getTimestamp("finished_at"))))
        .optional()
        .orElse(new RebuildTimes(null, null));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private boolean isEmpty(String table) {
    return jdbc.sql("select count(*) from (select 1 from " + table + " fetch first 1 rows only) x")
            .query(Long.class)
            .single()
        == 0;
  }

  /**
   * The selects of the flow rows of {@code sets}: on PostgreSQL one pass over {@code source} with
   * {@code GROUPING SETS}; on H2 (which has none) one select per set.
   */
  private List<String> flowSets(List<List<String>> sets, String timeColumn, String source) {
    return postgres
        ? List.of(AggregateSql.flowSets(sets, timeColumn, source))
        : sets.stream().map(set -> AggregateSql.flowSet(set, timeColumn, source)).toList();
  }

  /** The selects of the processing sets, as {@link #flowSets}. */
  private List<String> processingSets(String source) {
    return postgres
        ? List.of(AggregateSql.processingSets(source))
        : AggregateSql.PROCESSING_SETS.stream()
            .map(set -> AggregateSql.processingSet(set, source))
            .toList();
  }

  /**
   * Raises the version of the months ({@code in_month}) selected by {@code months}, in the
   * transaction that changes them.
   */
  private void raiseVersions(String months, Object param) {
    String sql =
        postgres
            ? "insert into sta_month_version (in_month, version) select in_month, 1 from ("
                + months
                + ") s on conflict (in_month) do update set version = sta_month_version.version + 1"
            : "merge into sta_month_version t using ("
                + months
                + ") s on (t.in_month = s.in_month) when matched then update set version = t.version + 1"
                + " when not matched then insert (in_month, version) values (s.in_month, 1)";
    jdbc.sql(sql).param(param).update();
  }

  private static List<String> setKeys(String timeColumn) {
    return AggregateSql.with("set_name", AggregateSql.with(timeColumn, AggregateSql.FLOW_KEYS));
  }

  private static List<String> carrierMonthKeys() {
    return AggregateSql.with(
        "in_month", AggregateSql.CARRIER_KEYS.subList(1, AggregateSql.CARRIER_KEYS.size()));
  }

  private void insert(
      String table, List<String> keys, List<String> values, String select, Object... params) {
    String cols = AggregateSql.cols(keys) + ", " + AggregateSql.cols(values);
    jdbc.sql("insert into " + table + " (" + cols + ") select " + cols + " from (" + select + ") s")
        .params(params)
        .update();
  }

  private void upsert(
      String table, List<String> keys, List<String> values, String select, long batch) {
    String cols = AggregateSql.cols(keys) + ", " + AggregateSql.cols(values);
    String sql;
    if (postgres) {
      sql =
          "insert into "
              + table
              + " ("
              + cols
              + ") select "
              + cols
              + " from ("
              + select
              + ") s on conflict ("
              + AggregateSql.cols(keys)
              + ") do update set "
              + values.stream()
                  .map(v -> v + " = " + table + "." + v + " + excluded." + v)
                  .collect(Collectors.joining(", "));
    } else {
      sql =
          "merge into "
              + table
              + " t using ("
              + select
              + ") s on ("
              + keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "))
              + ") when matched then update set "
              + values.stream()
                  .map(v -> v + " = t." + v + " + s." + v)
                  .collect(Collectors.joining(", "))
              + " when not matched then insert ("
              + cols
              + ") values ("
              + (keys.stream().map(k -> "s." + k).collect(Collectors.joining(", ")))
              + ", "
              + values.stream().map(v -> "s." + v).collect(Collectors.joining(", "))
              + ")";
    }
    jdbc.sql(sql).param(batch).update();
  }

  private static boolean isPostgres(DataSource ds) {
    try (Connection c = ds.getConnection()) {
      return c.getMetaData()
          .getDatabaseProductName()
          .toLowerCase(java.util.Locale.ROOT)
          .contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database product", e);
    }
  }
}
