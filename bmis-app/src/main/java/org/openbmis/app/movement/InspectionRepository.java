package org.openbmis.app.movement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Open inspections: started at the scan, decided once. */
@Repository
class InspectionRepository {

  /** An inspection row. */
  record Inspection(
      UUID id,
      UUID postId,
      @Nullable UUID deskId,
      String officer,
      UUID travellerId,
      UUID documentId,
      Direction proposedDirection,
      Instant startedAt,
      @Nullable UUID movementId) {}

  private final JdbcClient jdbc;

  InspectionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Inspection i, boolean documentValid, String warnings) {
    jdbc.sql(
            """
            insert into mov_inspection (id, post_id, desk_id, officer, traveller_id, document_id,
              proposed_direction, document_valid, warnings, started_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            i.id(),
            i.postId(),
            i.deskId(),
            i.officer(),
            i.travellerId(),
            i.documentId(),
            i.proposedDirection().name(),
            documentValid,
            warnings,
            MovementRepository.utc(i.startedAt()))
        .update();
  }

  Optional<Inspection> find(UUID id) {
    return jdbc.sql("select * from mov_inspection where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Inspection(
                    rs.getObject("id", UUID.class),
                    rs.getObject("post_id", UUID.class),
                    rs.getObject("desk_id", UUID.class),
                    rs.getString("officer"),
                    rs.getObject("traveller_id", UUID.class),
                    rs.getObject("document_id", UUID.class),
                    Direction.valueOf(rs.getString("proposed_direction")),
                    rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("movement_id", UUID.class)))
        .optional();
  }

  /** The group the inspection joined and whether the traveller crosses as crew (ADR 0016). */
  void attach(UUID id, @Nullable UUID groupId, boolean crew) {
    jdbc.sql("update mov_inspection set group_id = ?, crew = ? where id = ?")
        .params(groupId, crew, id)
        .update();
  }

  /** Marks the inspection decided; false if another decision got there first. */
  boolean markDecided(UUID id, UUID movementId, Instant at) {
    return jdbc.sql(
                "update mov_inspection set movement_id = ?, decided_at = ? where id = ? and movement_id is null")
            .params(movementId, MovementRepository.utc(at), id)
            .update()
        == 1;
  }
}
