package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The movement module's published read model ({@link MovementFacts}, V57, ADR 0012) on each
 * database: it has the published columns, and the table's indexes still serve the reads that the
 * other modules make through it (a traveller's movements, a range of days, a queued batch by id,
 * the first and last day), as the plans show. Plain Flyway on an empty schema, no application.
 */
abstract class MovementFactsContract {

  /** The migrated database. */
  abstract DataSource dataSource();

  /** How the plan says that it reads every row of a table. */
  abstract String fullScan();

  /**
   * How the plan names the index it finds a traveller's movements with (on an empty H2 table, the
   * index of the foreign key to the traveller, which serves as well).
   */
  abstract String travellerLookup();

  /** How the plan names the primary key's index when it looks a movement up by id. */
  abstract String primaryKeyLookup();

  /** How the plan says that a minimum is read from an index, not from every row. */
  abstract String indexedMinimum();

  /** Prepares a connection for {@link #plan} (PostgreSQL: no sequential scans on empty tables). */
  void prepare(Statement s) throws SQLException {}

  static void migrate(DataSource ds, String vendor) {
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
        .outOfOrder(true)
        .load()
        .migrate();
  }

  @Test
  void publishesTheDocumentedColumns() throws SQLException {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select "
                    + String.join(", ", MovementFacts.COLUMNS)
                    + " from "
                    + MovementFacts.VIEW)) {
      assertThat(rs.getMetaData().getColumnCount()).isEqualTo(MovementFacts.COLUMNS.size());
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void aTravellersMovementsAreFoundThroughTheTravellerIndex() throws SQLException {
    assertThat(
            plan(
                "select id, direction, local_date, recorded_at from mov_movement_facts"
                    + " where traveller_id = cast('0190a9c4-0000-7000-8000-000000000001' as uuid)"
                    + " and decision = 'ADMITTED' order by recorded_at"))
        .contains(travellerLookup())
        .doesNotContain(fullScan());
  }

  @Test
  void aRangeOfDaysIsReadThroughTheDayIndex() throws SQLException {
    assertThat(
            plan(
                "select count(*) from mov_movement_facts"
                    + " where local_date between date '2026-03-01' and date '2026-03-31'"))
        .contains("mov_movement_day")
        .doesNotContain(fullScan());
  }

  @Test
  void aQueuedBatchIsJoinedThroughThePrimaryKey() throws SQLException {
    assertThat(
            plan(
                "select m.local_date from sta_pending q join mov_movement_facts m"
                    + " on m.id = q.movement_id where q.batch_no = 7"))
        .contains(primaryKeyLookup());
  }

  @Test
  void theFirstAndLastDaysAreReadFromTheDayIndex() throws SQLException {
    assertThat(plan("select min(local_date) as lo, max(local_date) as hi from mov_movement_facts"))
        .contains(indexedMinimum());
  }

  /** The plan of {@code sql}, in lower case. */
  String plan(String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      prepare(s);
      try (ResultSet rs = s.executeQuery("explain " + sql)) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
    }
    return plan.toString().toLowerCase(Locale.ROOT);
  }
}
