package org.openbmis.app.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the aggregate tables: counts the queued movements in batches, or rebuilds them all from
 * the raw movements.
 */
@Repository
class AggregateRepository {

  private static final String PENDING =
      "m.id in (select movement_id from sta_pending where batch_no = ?)";
  private static final List<String> TABLES =
      List.of("sta_flow_day", "sta_flow_month", "sta_carrier_day", "sta_processing");

  private final JdbcClient jdbc;
  private final boolean postgres;

  AggregateRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.postgres = isPostgres(dataSource);
  }

  /** Queues a recorded movement for counting; call it in the recording transaction. */
  void enqueue(UUID movementId) {
    jdbc.sql("insert into sta_pending (movement_id) values (?)").param(movementId).update();
  }

  /**
   * Counts the queued movements in one batch: claims them, adds them to every aggregate (an upsert
   * per table: {@code INSERT ... ON CONFLICT} on PostgreSQL, {@code MERGE} on H2) and removes them
   * from the queue, all in the caller's transaction. Returns the movements counted.
   */
  synchronized int drain(long batch) {
    int n =
        jdbc.sql("update sta_pending set batch_no = ? where batch_no is null")
            .param(batch)
            .update();
    if (n == 0) {
      return 0;
    }
    List<String> dayKeys = AggregateSql.with("on_day", AggregateSql.FLOW_KEYS);
    String where = "where " + PENDING;
    upsert("sta_flow_day", dayKeys, List.of("movements"), AggregateSql.flowDay(where), batch);
    upsert(
        "sta_flow_month",
        AggregateSql.with("in_month", AggregateSql.FLOW_KEYS),
        List.of("movements"),
        AggregateSql.flowMonth(AggregateSql.flowDay(where)),
        batch);
    upsert(
        "sta_carrier_day",
        AggregateSql.CARRIER_KEYS,
        List.of("movements"),
        AggregateSql.carrierDay(where),
        batch);
    upsert(
        "sta_processing",
        AggregateSql.PROCESSING_KEYS,
        List.of("inspections", "total_millis"),
        AggregateSql.processing("and " + PENDING),
        batch);
    jdbc.sql("delete from sta_pending where batch_no = ?").param(batch).update();
    return n;
  }

  /**
   * Empties the aggregates and recomputes them from every movement; returns the movements counted.
   */
  synchronized long rebuild() {
    jdbc.sql("delete from sta_pending").update();
    if (postgres) {
      jdbc.sql("truncate table " + String.join(", ", TABLES)).update();
    } else {
      TABLES.forEach(t -> jdbc.sql("delete from " + t).update());
    }
    insert(
        "sta_flow_day",
        AggregateSql.with("on_day", AggregateSql.FLOW_KEYS),
        "movements",
        AggregateSql.flowDay(""));
    insert(
        "sta_flow_month",
        AggregateSql.with("in_month", AggregateSql.FLOW_KEYS),
        "movements",
        AggregateSql.flowMonth("select * from sta_flow_day"));
    insert("sta_carrier_day", AggregateSql.CARRIER_KEYS, "movements", AggregateSql.carrierDay(""));
    insert(
        "sta_processing",
        AggregateSql.PROCESSING_KEYS,
        "inspections, total_millis",
        AggregateSql.processing(""));
    return jdbc.sql("select coalesce(sum(movements), 0) from sta_flow_day")
        .query(Long.class)
        .single();
  }

  /** True when movements exist but no aggregate does (e.g. data loaded without events). */
  boolean needsRebuild() {
    boolean noAggregates =
        jdbc.sql("select count(*) from (select 1 from sta_flow_day fetch first 1 rows only) x")
                .query(Long.class)
                .single()
            == 0;
    return noAggregates
        && jdbc.sql("select count(*) from (select 1 from mov_movement fetch first 1 rows only) x")
                .query(Long.class)
                .single()
            > 0;
  }

  private void insert(String table, List<String> keys, String values, String select) {
    String cols = AggregateSql.cols(keys) + ", " + values;
    jdbc.sql("insert into " + table + " (" + cols + ") select " + cols + " from (" + select + ") s")
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
