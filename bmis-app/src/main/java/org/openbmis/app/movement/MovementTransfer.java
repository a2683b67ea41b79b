package org.openbmis.app.movement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Movements between a post and headquarters (sync, ADR 0017): the post reads a recorded movement as
 * a value; central inserts it once under the same id (a movement keeps its id) and publishes {@link
 * MovementRecorded} as if recorded there, so that its statistics count it. The inspection and the
 * travel group stay at the post (not referenced at central).
 */
@Service
public class MovementTransfer {

  /** A movement row as the post recorded it. */
  public record MovementRecord(
      UUID id,
      UUID travellerId,
      UUID documentId,
      Direction direction,
      Decision decision,
      @Nullable String refusalReason,
      Instant recordedAt,
      LocalDate localDate,
      UUID postId,
      @Nullable UUID deskId,
      String officer,
      @Nullable String purpose,
      @Nullable String transportMode,
      @Nullable String carrier,
      @Nullable String addressInCountry,
      @Nullable String remarks,
      long inspectionMillis,
      @Nullable UUID entryMovementId,
      @Nullable Integer stayDays,
      @Nullable String nationality,
      @Nullable String sex,
      @Nullable Integer birthYear,
      @Nullable Integer overstayDays,
      @Nullable String overrideCodes,
      @Nullable String overrideReason,
      @Nullable UUID secondaryCaseId,
      boolean crew) {}

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  MovementTransfer(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** The movement as stored here. */
  @Transactional(readOnly = true)
  public MovementRecord export(UUID movementId) {
    return jdbc.sql("select * from mov_movement where id = ?")
        .param(movementId)
        .query(MovementTransfer::row)
        .single();
  }

  /**
   * Inserts a movement received from a post under its own id, for the traveller and document
   * central resolved; false when it is already here (a batch sent again).
   */
  @Transactional
  public boolean importFromPost(MovementRecord m, UUID travellerId, UUID documentId) {
    Integer present =
        jdbc.sql("select count(*) from mov_movement where id = ?")
            .param(m.id())
            .query(Integer.class)
            .single();
    if (present > 0) {
      return false;
    }
    UUID desk = m.deskId();
    if (desk != null
        && jdbc.sql("select count(*) from adm_desk where id = ?")
                .param(desk)
                .query(Integer.class)
                .single()
            == 0) {
      desk = null; // a desk the post created itself is not known at central
    }
    jdbc.sql(
            """
            insert into mov_movement (id, traveller_id, document_id, direction, decision,
              refusal_reason, recorded_at, local_date, post_id, desk_id, officer, purpose,
              transport_mode, carrier, address_in_country, remarks, inspection_millis,
              entry_movement_id, stay_days, nationality, sex, birth_year, overstay_days,
              override_codes, override_reason, secondary_case_id, crew)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            m.id(),
            travellerId,
            documentId,
            m.direction().name(),
            m.decision().name(),
            m.refusalReason(),
            OffsetDateTime.ofInstant(m.recordedAt(), ZoneOffset.UTC),
            m.localDate(),
            m.postId(),
            desk,
            m.officer(),
            m.purpose(),
            m.transportMode(),
            m.carrier(),
            m.addressInCountry(),
            m.remarks(),
            m.inspectionMillis(),
            m.entryMovementId(),
            m.stayDays(),
            m.nationality(),
            m.sex(),
            m.birthYear(),
            m.overstayDays(),
            m.overrideCodes(),
            m.overrideReason(),
            m.secondaryCaseId(),
            m.crew())
        .update();
    events.publishEvent(
        new MovementRecorded(
            m.id(),
            travellerId,
            m.postId(),
            m.direction(),
            m.decision(),
            m.recordedAt(),
            m.localDate(),
            m.nationality(),
            m.stayDays(),
            m.inspectionMillis()));
    return true;
  }

  private static MovementRecord row(ResultSet rs, int n) throws SQLException {
    return new MovementRecord(
        rs.getObject("id", UUID.class),
        rs.getObject("traveller_id", UUID.class),
        rs.getObject("document_id", UUID.class),
        Direction.valueOf(rs.getString("direction")),
        Decision.valueOf(rs.getString("decision")),
        rs.getString("refusal_reason"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getObject("local_date", LocalDate.class),
        rs.getObject("post_id", UUID.class),
        rs.getObject("desk_id", UUID.class),
        rs.getString("officer"),
        rs.getString("purpose"),
        rs.getString("transport_mode"),
        rs.getString("carrier"),
        rs.getString("address_in_country"),
        rs.getString("remarks"),
        rs.getLong("inspection_millis"),
        rs.getObject("entry_movement_id", UUID.class),
        (Integer) rs.getObject("stay_days"),
        rs.getString("nationality"),
        rs.getString("sex"),
        (Integer) rs.getObject("birth_year"),
        (Integer) rs.getObject("overstay_days"),
        rs.getString("override_codes"),
        rs.getString("override_reason"),
        rs.getObject("secondary_case_id", UUID.class),
        rs.getBoolean("crew"));
  }
}
