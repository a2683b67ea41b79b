package org.openbmis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Entries written before the chain existed are chained by V56, oldest first, on H2 and on
 * PostgreSQL (where the append-only trigger lets exactly that update through).
 */
class AuditChainMigrationTest {

  @Test
  void entriesWrittenBeforeTheChainAreChainedOnH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:chain-backfill;DB_CLOSE_DELAY=-1");
    chainsTheOldEntries(h2, "h2");
  }

  @Test
  void entriesWrittenBeforeTheChainAreChainedOnPostgres() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      chainsTheOldEntries(pg.getPostgresDatabase(), "postgresql");
    }
  }

  private static void chainsTheOldEntries(DataSource ds, String vendor) {
    migrate(ds, vendor, "46");
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    Instant t = Instant.parse("2026-01-02T03:04:05.123456Z");
    for (int i = 2; i >= 0; i--) {
      jdbc.update(
          "insert into shr_audit_event (id, occurred_at, username, action, outcome, details)"
              + " values (?, ?, 'officer', 'traveller.read', 'SUCCESS', ?)",
          java.util.UUID.randomUUID(),
          OffsetDateTime.ofInstant(t.plusSeconds(i), ZoneOffset.UTC),
          i == 1 ? null : "n=" + i);
    }
    migrate(ds, vendor, "latest");

    List<Map<String, Object>> rows =
        jdbc.queryForList("select * from shr_audit_event order by seq");
    assertThat(rows)
        .extracting(r -> ((Number) r.get("seq")).longValue())
        .containsExactly(1L, 2L, 3L);
    assertThat(rows).extracting(r -> r.get("details")).containsExactly("n=0", null, "n=2");
    String previous = AuditChain.GENESIS;
    for (Map<String, Object> r : rows) {
      Instant at =
          ((OffsetDateTime)
                  jdbc.queryForObject(
                      "select occurred_at from shr_audit_event where seq = ?",
                      (rs, n) -> rs.getObject(1, OffsetDateTime.class),
                      r.get("seq")))
              .toInstant();
      previous =
          AuditChain.hash(
              previous,
              new AuditChain.Entry(
                  ((Number) r.get("seq")).longValue(),
                  r.get("id").toString(),
                  at,
                  (String) r.get("username"),
                  null,
                  "traveller.read",
                  null,
                  null,
                  "SUCCESS",
                  (String) r.get("details")));
      assertThat(r.get("hash")).isEqualTo(previous);
    }
    assertThat(jdbc.queryForObject("select seq from shr_audit_chain_head", Long.class))
        .isEqualTo(3L);
    assertThat(jdbc.queryForObject("select hash from shr_audit_chain_head", String.class))
        .isEqualTo(previous);
  }

  private static void migrate(DataSource ds, String vendor, String target) {
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
        .javaMigrations(new AuditChainMigration())
        .outOfOrder(true)
        .target(target)
        .load()
        .migrate();
  }
}
