package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model on PostgreSQL, a view of the published columns only, inlined by the planner. The
 * tables are empty, so sequential scans are turned off: the plans show whether an index can serve
 * the read through the view at all.
 */
class MovementFactsPostgresIT extends MovementFactsContract {

  private static EmbeddedPostgres pg;

  @BeforeAll
  static void start() throws IOException {
    pg = EmbeddedPostgres.builder().start();
    migrate(pg.getPostgresDatabase(), "postgresql");
  }

  @AfterAll
  static void stop() throws IOException {
    pg.close();
  }

  @Override
  DataSource dataSource() {
    return pg.getPostgresDatabase();
  }

  @Override
  void prepare(Statement s) throws SQLException {
    s.execute("set enable_seqscan = off");
  }

  @Override
  String fullScan() {
    return "seq scan";
  }

  @Override
  String travellerLookup() {
    return "mov_movement_traveller";
  }

  @Override
  String primaryKeyLookup() {
    return "mov_movement_pkey";
  }

  @Override
  String indexedMinimum() {
    return "index only scan backward using mov_movement_day";
  }

  @Test
  void theViewHasThePublishedColumnsAndNoOther() {
    assertThat(
            JdbcClient.create(dataSource())
                .sql(
                    "select column_name from information_schema.columns"
                        + " where table_name = ? order by ordinal_position")
                .param(MovementFacts.VIEW)
                .query(String.class)
                .list())
        .containsExactlyElementsOf(MovementFacts.COLUMNS);
  }
}
