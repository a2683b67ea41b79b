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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Secondary cases and their notes. */
@Repository
class SecondaryCaseRepository {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String SELECT =
      """
      select c.*, t.primary_identifier, t.secondary_identifier, t.date_of_birth, t.nationality,
        doc.document_number, d.code as desk_code
      from mov_secondary_case c
      left join trv_traveller t on t.id = c.traveller_id
      left join trv_document doc on doc.id = c.document_id
      left join adm_desk d on d.id = c.desk_id
      """;

  /** A new case. */
  record NewCase(
      UUID id,
      UUID postId,
      UUID inspectionId,
      UUID travellerId,
      UUID documentId,
      Direction direction,
      @Nullable UUID deskId,
      String referredBy,
      Instant referredAt,
      List<Condition> reasons) {}

  /** What closes a case. */
  record Closing(
      SecondaryOutcome outcome,
      @Nullable RefusalReason refusalReason,
      @Nullable LocalDate authorisedUntil,
      @Nullable String remarks,
      @Nullable UUID movementId,
      String closedBy,
      Instant closedAt,
      int minutes) {}

  private final JdbcClient jdbc;

  SecondaryCaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(NewCase c) {
    jdbc.sql(
            """
            insert into mov_secondary_case (id, post_id, inspection_id, traveller_id, document_id,
              direction, desk_id, referred_by, referred_at, reasons, status)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
        .params(
            c.id(),
            c.postId(),
            c.inspectionId(),
            c.travellerId(),
            c.documentId(),
            c.direction().name(),
            c.deskId(),
            c.referredBy(),
            MovementRepository.utc(c.referredAt()),
            reasons(c.reasons()))
        .update();
  }

  Optional<SecondaryCaseView> find(UUID id) {
    return jdbc.sql(SELECT + " where c.id = ?")
        .param(id)
        .query((rs, n) -> view(rs, notes(id)))
        .optional();
  }

  /** The post of a case (for the access check before anything is read). */
  Optional<UUID> postOf(UUID id) {
    return jdbc.sql("select post_id from mov_secondary_case where id = ?")
        .param(id)
        .query(UUID.class)
        .optional();
  }

  /** A post's cases with a status, oldest referral first (the queue's order). */
  List<SecondaryCaseView> list(UUID postId, String status, int limit) {
    String order = "OPEN".equals(status) ? "c.referred_at" : "c.closed_at desc";
    return jdbc.sql(
            SELECT
                + " where c.post_id = ? and c.status = ? order by "
                + order
                + " fetch first "
                + limit
                + " rows only")
        .params(postId, status)
        .query((rs, n) -> view(rs, List.of()))
        .list();
  }

  boolean take(UUID id, String by, Instant at) {
    return jdbc.sql(
                "update mov_secondary_case set taken_by = ?, taken_at = ?"
                    + " where id = ? and status = 'OPEN'")
            .params(by, MovementRepository.utc(at), id)
            .update()
        == 1;
  }

  boolean examine(UUID id, DocumentExamination result) {
    return jdbc.sql(
                "update mov_secondary_case set examination = ? where id = ? and status = 'OPEN'")
            .params(result.name(), id)
            .update()
        == 1;
  }

  void addNote(UUID caseId, UUID noteId, String author, Instant at, String text) {
    jdbc.sql(
            "insert into mov_secondary_note (id, case_id, author, written_at, text)"
                + " values (?, ?, ?, ?, ?)")
        .params(noteId, caseId, author, MovementRepository.utc(at), text)
        .update();
  }

  /** Closes an open case; false if it was closed already. */
  boolean close(UUID id, Closing c) {
    return jdbc.sql(
                """
                update mov_secondary_case set status = 'CLOSED', outcome = ?, refusal_reason = ?,
                  authorised_until = ?, outcome_remarks = ?, movement_id = ?, closed_by = ?,
                  closed_at = ?, minutes_in_secondary = ?
                where id = ? and status = 'OPEN'""")
            .params(
                c.outcome().name(),
                c.refusalReason() == null ? null : c.refusalReason().name(),
                c.authorisedUntil(),
                c.remarks(),
                c.movementId(),
                c.closedBy(),
                MovementRepository.utc(c.closedAt()),
                c.minutes(),
                id)
            .update()
        == 1;
  }

  private List<SecondaryCaseView.Note> notes(UUID caseId) {
    return jdbc.sql(
            "select author, written_at, text from mov_secondary_note where case_id = ?"
                + " order by written_at, id")
        .param(caseId)
        .query(
            (rs, n) ->
                new SecondaryCaseView.Note(
                    rs.getString(1),
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getString(3)))
        .list();
  }

  private static String reasons(List<Condition> reasons) {
    String json = JSON.writeValueAsString(reasons);
    // the column holds 2000 characters: keep the codes if the messages do not fit
    return json.length() <= 2000
        ? json
        : JSON.writeValueAsString(
            reasons.stream().map(r -> new Condition(r.code(), r.code())).toList());
  }

  private static SecondaryCaseView view(ResultSet rs, List<SecondaryCaseView.Note> notes)
      throws SQLException {
    int minutes = rs.getInt("minutes_in_secondary");
    Integer inSecondary = rs.wasNull() ? null : minutes;
    return new SecondaryCaseView(
        rs.getObject("id", UUID.class),
        rs.getString("status"),
        rs.getObject("inspection_id", UUID.class),
        rs.getObject("traveller_id", UUID.class),
        MovementRepository.listName(
            rs.getString("primary_identifier"), rs.getString("secondary_identifier")),
        rs.getObject("date_of_birth", LocalDate.class),
        rs.getString("nationality"),
        rs.getString("document_number"),
        Direction.valueOf(rs.getString("direction")),
        rs.getString("desk_code"),
        rs.getString("referred_by"),
        rs.getObject("referred_at", OffsetDateTime.class).toInstant(),
        JSON.readValue(rs.getString("reasons"), new TypeReference<List<Condition>>() {}),
        rs.getString("taken_by"),
        instant(rs, "taken_at"),
        e(DocumentExamination.class, rs.getString("examination")),
        notes,
        e(SecondaryOutcome.class, rs.getString("outcome")),
        e(RefusalReason.class, rs.getString("refusal_reason")),
        rs.getObject("authorised_until", LocalDate.class),
        rs.getString("outcome_remarks"),
        rs.getObject("movement_id", UUID.class),
        rs.getString("closed_by"),
        instant(rs, "closed_at"),
        inSecondary);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static <E extends Enum<E>> @Nullable E e(Class<E> type, @Nullable String v) {
    return v == null ? null : Enum.valueOf(type, v);
  }
}
