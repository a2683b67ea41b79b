package org.openbmis.app.movement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.document.DocumentReading;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Groups of travellers inspected together, and their members (the inspections that joined). */
@Repository
class TravelGroupRepository {

  /** A group row, without its members. */
  record Row(
      UUID id,
      UUID postId,
      @Nullable UUID deskId,
      String officer,
      TravelGroupKind kind,
      @Nullable String label,
      @Nullable Vehicle vehicle,
      Instant openedAt,
      @Nullable Instant closedAt) {}

  /** A member as stored: the inspection, the traveller and the movement if decided. */
  record MemberRow(
      UUID inspectionId,
      UUID travellerId,
      String name,
      @Nullable LocalDate dateOfBirth,
      @Nullable String nationality,
      String documentNumber,
      Direction direction,
      @Nullable Decision decision,
      @Nullable UUID movementId,
      boolean crew,
      Instant scannedAt) {}

  private final JdbcClient jdbc;
  private final InspectionSources sources;

  TravelGroupRepository(JdbcClient jdbc, InspectionSources sources) {
    this.jdbc = jdbc;
    this.sources = sources;
  }

  void insert(Row g) {
    Vehicle v = g.vehicle();
    jdbc.sql(
            """
            insert into mov_travel_group (id, post_id, desk_id, officer, kind, label, plate,
              vehicle_country, vehicle_type, opened_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            g.id(),
            g.postId(),
            g.deskId(),
            g.officer(),
            g.kind().name(),
            g.label(),
            v == null ? null : v.plate(),
            v == null ? null : v.country(),
            v == null ? null : v.type().name(),
            MovementRepository.utc(g.openedAt()))
        .update();
  }

  /**
   * The officer's open group at this post, if any (the latest, should two starts have raced past
   * the service's check).
   */
  Optional<UUID> openGroupOf(String officer, @Nullable UUID postId) {
    if (postId == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select id from mov_travel_group where officer = ? and closed_at is null and post_id = ?
            order by opened_at desc fetch first 1 rows only""")
        .params(officer, postId)
        .query(UUID.class)
        .optional();
  }

  Optional<Row> find(UUID id) {
    return jdbc.sql("select * from mov_travel_group where id = ?")
        .param(id)
        .query(TravelGroupRepository::row)
        .optional();
  }

  /** Closes an open group; false if it was closed already. */
  boolean close(UUID id, Instant at) {
    return jdbc.sql("update mov_travel_group set closed_at = ? where id = ? and closed_at is null")
            .params(MovementRepository.utc(at), id)
            .update()
        == 1;
  }

  /** The inspections that joined the group, in scan order, with their movements if decided. */
  List<MemberRow> members(UUID groupId) {
    return jdbc.sql(
            """
            select i.id, i.traveller_id, i.proposed_direction, i.started_at, i.movement_id, i.crew,
              i.mrz, i.manual_document,
              t.primary_identifier, t.secondary_identifier, t.date_of_birth, t.nationality,
              d.document_number, m.direction, m.decision
            from mov_inspection i
            left join trv_traveller t on t.id = i.traveller_id
            left join trv_document d on d.id = i.document_id
            left join mov_movement m on m.id = i.movement_id
            where i.group_id = ?
            order by i.started_at""")
        .param(groupId)
        .query(
            (rs, n) -> {
              String recorded = rs.getString("direction");
              String decision = rs.getString("decision");
              // a member not decided yet is not written yet (ADR 0011): read from the scan
              DocumentReading scanned =
                  rs.getString("primary_identifier") == null
                      ? scanned(rs.getString("mrz"), rs.getString("manual_document"))
                      : null;
              return new MemberRow(
                  rs.getObject("id", UUID.class),
                  rs.getObject("traveller_id", UUID.class),
                  scanned != null
                      ? MovementRepository.listName(
                          scanned.primaryIdentifier(), scanned.secondaryIdentifier())
                      : MovementRepository.listName(
                          rs.getString("primary_identifier"), rs.getString("secondary_identifier")),
                  scanned != null
                      ? scanned.dateOfBirth()
                      : rs.getObject("date_of_birth", LocalDate.class),
                  scanned != null ? scanned.nationality() : rs.getString("nationality"),
                  scanned != null ? scanned.documentNumber() : rs.getString("document_number"),
                  Direction.valueOf(
                      recorded != null ? recorded : rs.getString("proposed_direction")),
                  decision == null ? null : Decision.valueOf(decision),
                  rs.getObject("movement_id", UUID.class),
                  rs.getBoolean("crew"),
                  rs.getObject("started_at", OffsetDateTime.class).toInstant());
            })
        .list();
  }

  private @Nullable DocumentReading scanned(@Nullable String mrz, @Nullable String manual) {
    try {
      return sources.read(new InspectionRepository.Source(mrz, manual));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    String plate = rs.getString("plate");
    OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getObject("post_id", UUID.class),
        rs.getObject("desk_id", UUID.class),
        rs.getString("officer"),
        TravelGroupKind.valueOf(rs.getString("kind")),
        rs.getString("label"),
        plate == null
            ? null
            : new Vehicle(
                plate,
                rs.getString("vehicle_country"),
                VehicleType.valueOf(rs.getString("vehicle_type"))),
        rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
        closed == null ? null : closed.toInstant());
  }
}
