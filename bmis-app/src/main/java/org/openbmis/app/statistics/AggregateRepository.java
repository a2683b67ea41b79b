package org.openbmis.app.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the aggregate tables: counts the queued movements in batches, or rebuilds them month by
 * month from the raw movements. Both paths build their rows with the same {@link AggregateSql}.
 */
@Repository
class AggregateRepository {

  /** The movements of a queued batch, in a source made {@link AggregateSql#queued}. */
  private static final String PENDING = "q.batch_no = ?";

  private static final String FLOW_DAY = "sta_flow_day";
  private static final String SET_DAY = "sta_flow_set_day";
  private static final String SET_MONTH = "sta_flow_set_month";
  private static final String CARRIER_DAY = "sta_carrier_day";
  private static final String CARRIER_MONTH = "sta_carrier_month";
  private static final String STAY_DAY = "sta_stay_day";
  private static final String STAY_MONTH = "sta_stay_month";
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
          STAY_DAY,
          STAY_MONTH,
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

  private static final String NOT_QUEUED =
      "not exists (select 1 from sta_pending q where q.movement_id = m.id)";
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
    String day = AggregateSql.queued(AggregateSql.flowDay(where));
    String month = AggregateSql.flowMonth(day);
    upsert(FLOW_DAY, AggregateSql.with("on_day", AggregateSql.FLOW_KEYS), MOVEMENTS, day, batch);
    for (String sets : flowSets(AggregateSql.DAY_SETS, "on_day", day)) {
      upsert(SET_DAY, setKeys("on_day"), MOVEMENTS, sets, batch);
    }
    for (String sets : flowSets(AggregateSql.MONTH_SETS, "in_month", month)) {
      upsert(SET_MONTH, setKeys("in_month"), MOVEMENTS, sets, batch);
    }
    String carriers = AggregateSql.queued(AggregateSql.carrierDay(where));
    upsert(CARRIER_DAY, AggregateSql.CARRIER_KEYS, MOVEMENTS, carriers, batch);
    upsert(
        CARRIER_MONTH, carrierMonthKeys(), MOVEMENTS, AggregateSql.carrierMonth(carriers), batch);
    String stays = AggregateSql.queued(AggregateSql.stayDay("and " + PENDING));
    upsert(STAY_DAY, AggregateSql.STAY_KEYS, MOVEMENTS, stays, batch);
    upsert(STAY_MONTH, stayMonthKeys(), MOVEMENTS, AggregateSql.stayMonth(stays), batch);
    String processing = AggregateSql.queued(AggregateSql.processing("and " + PENDING));
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
            + " as in_month from ("
            + AggregateSql.queued(
                "select m.local_date as on_day from mov_movement_facts m " + where)
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
        jdbc.sql("select min(local_date) as lo, max(local_date) as hi from mov_movement_facts")
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
   * coarser ones from them (PostgreSQL; on H2 a month whose sums do not fit in memory, see {@link
   * #sumMonth}). Returns the movements counted.
   */
  long rebuildMonth(YearMonth month, ProcessingYears years) {
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    int yyyymm = yyyymm(month);
    String raw = "m.local_date between ? and ? and " + NOT_QUEUED;
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
        STAY_DAY, AggregateSql.STAY_KEYS, MOVEMENTS, AggregateSql.stayDay("and " + raw), from, to);
    insert(
        STAY_MONTH,
        stayMonthKeys(),
        MOVEMENTS,
        AggregateSql.stayMonth("select * from " + STAY_DAY + days),
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
   * Whether a rebuild sums each month in memory ({@link #sumMonth}, then {@link #writeFlows} and
   * {@link #writeProcessing}): on H2 (unless the contract tests turn it off, {@link #sumInMemory}).
   * On PostgreSQL each month is counted set-based ({@link #rebuildMonth}) with {@code GROUPING
   * SETS}.
   */
  boolean sumsInMemory() {
    return !postgres && inMemory;
  }

  /** The time zone of every border post ({@link #sumMonth} needs them: read once per rebuild). */
  Map<UUID, ZoneId> postZones() {
    return jdbc
        .sql("select id, time_zone from adm_border_post")
        .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), ZoneId.of(rs.getString(2))))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** A month's sums ({@code tables} null when its keys do not fit in memory) and the time taken. */
  record MonthSums(YearMonth month, MonthRollups.@Nullable Tables tables, long nanos) {}

  /**
   * The first half of a month's rebuild on H2: reads the month's raw movements once, leaving out
   * those queued for the worker, and sums every aggregate of the month in memory ({@link
   * MonthRollups}; {@code zones}: {@link #postZones}). H2 has no {@code GROUPING SETS}: set-based,
   * each of the 39 sets was a statement reading the month's rows again. Writes nothing, so that it
   * can run beside {@link #writeFlows} of an earlier month.
   */
  MonthSums sumMonth(YearMonth month, Map<UUID, ZoneId> zones) {
    long start = System.nanoTime();
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    MonthRollups rollups = new MonthRollups(yyyymm(month), zones);
    String days = "where m.local_date between ? and ?";
    jdbc.sql(AggregateSql.rawSource(days)).params(from, to).query(rollups::add);
    // Movements queued for the worker are left to it. No movement leaves the queue while a rebuild
    // is unfinished (drain), so none of the month's was queued during the read if none is now; the
    // month is read again without them otherwise (a node recording while it rebuilds). Leaving the
    // per-movement look-up out of the read saves a sixth of it.
    if (queuedIn(from, to)) {
      rollups = new MonthRollups(yyyymm(month), zones);
      jdbc.sql(AggregateSql.rawSource(days + " and " + NOT_QUEUED))
          .params(from, to)
          .query(rollups::add);
    }
    MonthRollups.Tables t = rollups.sum();
    if (t == null) {
      log.warn("Statistics rebuild of {}: too many distinct values to sum in memory", month);
    }
    return new MonthSums(month, t, System.nanoTime() - start);
  }

  /**
   * The second half of a month's rebuild on H2, first part: inserts the month's flow, carrier and
   * stay sums ({@link #sumMonth}) into the (empty) aggregates of the month, in key order and in
   * batches, or counts the whole month set-based when its sums did not fit in memory. Returns the
   * movements counted.
   */
  long writeFlows(MonthSums sums, ProcessingYears years) {
    MonthRollups.Tables t = sums.tables();
    if (t == null) {
      return rebuildMonth(sums.month(), years);
    }
    write(
        FLOW_DAY,
        AggregateSql.with("on_day", AggregateSql.FLOW_KEYS),
        MOVEMENTS,
        t.flowDay().sortedRows());
    write(SET_DAY, setKeys("on_day"), MOVEMENTS, t.flowSetDay().sortedRows());
    write(SET_MONTH, setKeys("in_month"), MOVEMENTS, t.flowSetMonth().sortedRows());
    write(CARRIER_DAY, AggregateSql.CARRIER_KEYS, MOVEMENTS, t.carrierDay().sortedRows());
    write(CARRIER_MONTH, carrierMonthKeys(), MOVEMENTS, t.carrierMonth().sortedRows());
    write(STAY_DAY, AggregateSql.STAY_KEYS, MOVEMENTS, t.stayDay().sortedRows());
    write(STAY_MONTH, stayMonthKeys(), MOVEMENTS, t.stayMonth().sortedRows());
    raiseVersions("select cast(? as integer) as in_month", yyyymm(sums.month()));
    return t.movements();
  }

  /**
   * The second part of {@link #writeFlows}: the month's processing-time sums, which touch other
   * tables and can be written at the same time in another transaction (nothing when the month was
   * counted set-based).
   */
  void writeProcessing(MonthSums sums, ProcessingYears years) {
    MonthRollups.Tables t = sums.tables();
    if (t == null) {
      return;
    }
    write(PROCESSING, AggregateSql.PROCESSING_KEYS, TIMES, t.processing().sortedRows());
    List<Object[]> processingSets = t.processingSetMonth().sortedRows();
    write(PROCESSING_SET, PROCESSING_SET_KEYS, TIMES, processingSets);
    years.add(processingSets);
  }

  private static int yyyymm(YearMonth month) {
    return month.getYear() * 100 + month.getMonthValue();
  }

  /** Whether a movement of the days {@code from} to {@code to} waits in the queue. */
  private boolean queuedIn(LocalDate from, LocalDate to) {
    return jdbc.sql(
                "select count(*) from sta_pending q join mov_movement_facts m on m.id = q.movement_id"
                    + " where m.local_date between ? and ?")
            .params(from, to)
            .query(Long.class)
            .single()
        > 0;
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
        || ((isEmpty(FLOW_DAY) || isEmpty(SET_MONTH)) && !isEmpty("mov_movement_facts"));
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

  private static List<String> stayMonthKeys() {
    return AggregateSql.with(
        "in_month", AggregateSql.STAY_KEYS.subList(1, AggregateSql.STAY_KEYS.size()));
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
