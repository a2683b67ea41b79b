package org.openbmis.app.movement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.pki.ChipResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Open inspections: started at the scan, decided once. */
@Repository
class InspectionRepository {

  /**
   * An inspection row, with the source it was started from, the case it was referred to and the
   * chip's verdict at the scan (issue 23; null if no chip was read). The verdict is kept as the
   * decision policy reads it: its status and whether DG1 matched the printed MRZ.
   */
  record Inspection(
      UUID id,
      UUID postId,
      @Nullable UUID deskId,
      String officer,
      UUID travellerId,
      UUID documentId,
      Direction proposedDirection,
      Instant startedAt,
      @Nullable UUID movementId,
      @Nullable UUID secondaryCaseId,
      Source source,
      @Nullable ChipResult chip) {}

  /** What an inspection was started from: the MRZ, or the keyed-in document as JSON. */
  record Source(@Nullable String mrz, @Nullable String manualDocument) {}

  private final JdbcClient jdbc;

  InspectionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Writes a started inspection, with the group it joined and whether the traveller crosses as crew
   * (ADR 0016), from where the movement takes them when it is recorded.
   */
  void insert(
      Inspection i,
      boolean documentValid,
      String warnings,
      String blocking,
      @Nullable UUID groupId,
      boolean crew) {
    jdbc.sql(
            """
            insert into mov_inspection (id, post_id, desk_id, officer, traveller_id, document_id,
              proposed_direction, document_valid, warnings, started_at, mrz, manual_document,
              blocking, group_id, crew, chip_status, chip_mrz_matches, chip_country)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
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
            MovementRepository.utc(i.startedAt()),
            i.source().mrz(),
            i.source().manualDocument(),
            blocking.isEmpty() ? null : blocking,
            groupId,
            crew,
            i.chip() == null ? null : i.chip().status(),
            i.chip() == null ? null : i.chip().mrzMatches(),
            i.chip() == null || i.chip().signer() == null
                ? null
                : country(i.chip().signer().country()))
        .update();
  }

  /** The signer's country as the column keeps it (three letters at most). */
  private static String country(String country) {
    return country.length() <= 3 ? country : country.substring(0, 3);
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
                    rs.getObject("movement_id", UUID.class),
                    rs.getObject("secondary_case_id", UUID.class),
                    new Source(rs.getString("mrz"), rs.getString("manual_document")),
                    chip(rs.getString("chip_status"), (Boolean) rs.getObject("chip_mrz_matches"))))
        .optional();
  }

  private static @Nullable ChipResult chip(@Nullable String status, @Nullable Boolean matches) {
    return status == null
        ? null
        : new ChipResult(
            status, true, null, List.of(), null, matches, null, List.of(), List.of(), null);
  }

  /** Marks the inspection referred; false if it was decided or referred already. */
  boolean markReferred(UUID id, UUID caseId) {
    return jdbc.sql(
                "update mov_inspection set secondary_case_id = ? where id = ?"
                    + " and movement_id is null and secondary_case_id is null")
            .params(caseId, id)
            .update()
        == 1;
  }

  /** The traveller and document the inspection ended with (written at the decision). */
  void settle(UUID id, UUID travellerId, UUID documentId) {
    jdbc.sql("update mov_inspection set traveller_id = ?, document_id = ? where id = ?")
        .params(travellerId, documentId, id)
        .update();
  }

  /**
   * Marks the inspection decided; false if another decision got there first. A primary decision
   * ({@code caseId} null) needs an inspection not referred; a secondary outcome, its own case.
   */
  boolean markDecided(UUID id, UUID movementId, Instant at, @Nullable UUID caseId) {
    String referred = caseId == null ? "secondary_case_id is null" : "secondary_case_id = ?";
    List<Object> params =
        new java.util.ArrayList<>(List.of(movementId, MovementRepository.utc(at), id));
    if (caseId != null) {
      params.add(caseId);
    }
    return jdbc.sql(
                "update mov_inspection set movement_id = ?, decided_at = ? where id = ?"
                    + " and movement_id is null and "
                    + referred)
            .params(params)
            .update()
        == 1;
  }
}
