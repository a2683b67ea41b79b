package org.openbmis.app.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A post's supervisors' acknowledgements of stale reference data ({@code syn_acknowledgement}). */
@Repository
class Acknowledgements {

  /** One acknowledgement: who, why, when, how old the data was, until when it lets desks go on. */
  record Acknowledgement(
      UUID id,
      String acknowledgedBy,
      String reason,
      Instant acknowledgedAt,
      Instant staleSince,
      Instant expiresAt) {}

  private final JdbcClient jdbc;

  Acknowledgements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Acknowledgement a) {
    jdbc.sql(
            "insert into syn_acknowledgement (id, acknowledged_by, reason, acknowledged_at,"
                + " stale_since, expires_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            a.id(),
            a.acknowledgedBy(),
            a.reason(),
            utc(a.acknowledgedAt()),
            utc(a.staleSince()),
            utc(a.expiresAt()))
        .update();
  }

  /** The latest acknowledgement, whether or not still in force. */
  Optional<Acknowledgement> latest() {
    return jdbc.sql("select * from syn_acknowledgement order by acknowledged_at desc limit 1")
        .query(
            (rs, n) ->
                new Acknowledgement(
                    rs.getObject("id", UUID.class),
                    rs.getString("acknowledged_by"),
                    rs.getString("reason"),
                    rs.getObject("acknowledged_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("stale_since", OffsetDateTime.class).toInstant(),
                    rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  private static OffsetDateTime utc(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
