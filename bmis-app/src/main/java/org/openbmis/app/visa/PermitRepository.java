package org.openbmis.app.visa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Permits, passes and minors' guardians. */
@Repository
class PermitRepository {

  private final JdbcClient jdbc;

  PermitRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean permitNumberTaken(String number) {
    return jdbc.sql("select count(*) from vis_permit where permit_number = ?")
            .param(number)
            .query(Long.class)
            .single()
        > 0;
  }

  boolean passNumberTaken(String number) {
    return jdbc.sql("select count(*) from vis_pass where pass_number = ?")
            .param(number)
            .query(Long.class)
            .single()
        > 0;
  }

  void insert(Permit p, Instant at, String by) {
    jdbc.sql(
            """
            insert into vis_permit (id, permit_number, kind, traveller_id, holder_name, nationality,
              document_number, date_of_birth, valid_from, valid_until, remarks, created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            p.id(),
            p.number(),
            p.kind().name(),
            p.travellerId(),
            p.holderName(),
            p.nationality(),
            p.documentNumber(),
            p.dateOfBirth(),
            p.validFrom(),
            p.validUntil(),
            p.remarks(),
            utc(at),
            by)
        .update();
  }

  void insert(Pass p, Instant at, String by) {
    jdbc.sql(
            """
            insert into vis_pass (id, pass_number, kind, traveller_id, holder_name, nationality,
              document_number, date_of_birth, vessel, port, zone, max_days, valid_from, valid_until,
              created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            p.id(),
            p.number(),
            p.kind().name(),
            p.travellerId(),
            p.holderName(),
            p.nationality(),
            p.documentNumber(),
            p.dateOfBirth(),
            p.vessel(),
            p.port(),
            p.zone(),
            p.maxDays(),
            p.validFrom(),
            p.validUntil(),
            utc(at),
            by)
        .update();
  }

  /** Permits of the traveller or of the holder of the document, latest end first. */
  List<Permit> permits(
      @Nullable UUID travellerId, String documentNumber, @Nullable LocalDate dateOfBirth) {
    return jdbc.sql(
            "select * from vis_permit where traveller_id = ? union "
                + "select * from vis_permit where document_number = ? and date_of_birth = ? "
                + "order by valid_until desc")
        .params(travellerId, documentNumber, dateOfBirth)
        .query(PermitRepository::permit)
        .list();
  }

  List<Pass> passes(
      @Nullable UUID travellerId, String documentNumber, @Nullable LocalDate dateOfBirth) {
    return jdbc.sql(
            "select * from vis_pass where traveller_id = ? union "
                + "select * from vis_pass where document_number = ? and date_of_birth = ? "
                + "order by valid_until desc")
        .params(travellerId, documentNumber, dateOfBirth)
        .query(PermitRepository::pass)
        .list();
  }

  void insert(GuardianLink g, String by) {
    jdbc.sql(
            """
            insert into vis_guardian (id, child_traveller_id, adult_traveller_id, relationship, created_at, created_by)
            values (?, ?, ?, ?, ?, ?)""")
        .params(
            g.id(),
            g.childTravellerId(),
            g.adultTravellerId(),
            g.relationship().name(),
            utc(g.registeredAt()),
            by)
        .update();
  }

  /** Links where the traveller is the child or the adult. */
  List<GuardianLink> guardianLinks(UUID travellerId) {
    return jdbc.sql(
            "select * from vis_guardian where child_traveller_id = ? union "
                + "select * from vis_guardian where adult_traveller_id = ? order by created_at")
        .params(travellerId, travellerId)
        .query(
            (rs, n) ->
                new GuardianLink(
                    rs.getObject("id", UUID.class),
                    rs.getObject("child_traveller_id", UUID.class),
                    rs.getObject("adult_traveller_id", UUID.class),
                    GuardianLink.Relationship.valueOf(rs.getString("relationship")),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  boolean linked(UUID child, UUID adult) {
    return jdbc.sql(
                "select count(*) from vis_guardian where child_traveller_id = ? and adult_traveller_id = ?")
            .params(child, adult)
            .query(Long.class)
            .single()
        > 0;
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  static Permit permit(ResultSet rs, int n) throws SQLException {
    return new Permit(
        rs.getObject("id", UUID.class),
        rs.getString("permit_number"),
        PermitKind.valueOf(rs.getString("kind")),
        rs.getObject("traveller_id", UUID.class),
        rs.getString("holder_name"),
        rs.getString("nationality"),
        rs.getString("document_number"),
        rs.getObject("date_of_birth", LocalDate.class),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_until", LocalDate.class),
        rs.getString("remarks"));
  }

  static Pass pass(ResultSet rs, int n) throws SQLException {
    return new Pass(
        rs.getObject("id", UUID.class),
        rs.getString("pass_number"),
        PassKind.valueOf(rs.getString("kind")),
        rs.getObject("traveller_id", UUID.class),
        rs.getString("holder_name"),
        rs.getString("nationality"),
        rs.getString("document_number"),
        rs.getObject("date_of_birth", LocalDate.class),
        rs.getString("vessel"),
        rs.getString("port"),
        rs.getString("zone"),
        rs.getInt("max_days"),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_until", LocalDate.class));
  }
}
