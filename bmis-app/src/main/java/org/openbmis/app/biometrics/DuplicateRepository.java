package org.openbmis.app.biometrics;

import static org.openbmis.app.biometrics.FingerprintRepository.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Possible duplicate identities found by the background search. */
@Repository
class DuplicateRepository {

  private final JdbcClient jdbc;

  DuplicateRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(UUID a, UUID b) {
    return jdbc.sql(
                "select count(*) from bio_duplicate_case where (traveller_id = ? and other_traveller_id = ?)"
                    + " or (traveller_id = ? and other_traveller_id = ?)")
            .params(a, b, b, a)
            .query(Long.class)
            .single()
        > 0;
  }

  void insert(DuplicateCase c) {
    jdbc.sql(
            """
            insert into bio_duplicate_case (id, traveller_id, other_traveller_id, score, fingers,
              status, detected_at, detected_post) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            c.id(),
            c.travellerId(),
            c.otherTravellerId(),
            BigDecimal.valueOf(c.score()),
            c.fingers(),
            c.status(),
            utc(c.detectedAt()),
            c.detectedPost())
        .update();
  }

  List<DuplicateCase> list(String status, int limit) {
    return jdbc.sql(
            "select * from bio_duplicate_case where status = ? order by detected_at desc fetch first "
                + Math.max(1, Math.min(limit, 1000))
                + " rows only")
        .param(status)
        .query(DuplicateRepository::row)
        .list();
  }

  Optional<DuplicateCase> find(UUID id) {
    return jdbc.sql("select * from bio_duplicate_case where id = ?")
        .param(id)
        .query(DuplicateRepository::row)
        .optional();
  }

  boolean resolve(UUID id, String status, Instant at, String by, String resolution) {
    return jdbc.sql(
                "update bio_duplicate_case set status = ?, resolved_at = ?, resolved_by = ?,"
                    + " resolution = ? where id = ? and status = 'OPEN'")
            .params(status, utc(at), by, resolution, id)
            .update()
        == 1;
  }

  private static DuplicateCase row(ResultSet rs, int n) throws SQLException {
    OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
    return new DuplicateCase(
        rs.getObject("id", UUID.class),
        rs.getObject("traveller_id", UUID.class),
        rs.getObject("other_traveller_id", UUID.class),
        rs.getBigDecimal("score").doubleValue(),
        rs.getString("fingers"),
        rs.getString("status"),
        rs.getObject("detected_at", OffsetDateTime.class).toInstant(),
        rs.getString("detected_post"),
        resolved == null ? null : resolved.toInstant(),
        rs.getString("resolved_by"),
        rs.getString("resolution"));
  }
}
