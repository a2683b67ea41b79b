package org.openbmis.app.screening;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Hits as the network carries them (ADR 0025): read at a post as written, filed at headquarters
 * under the post's id. A hit is sent whole each time it changes (raised, resolved); central inserts
 * it once and takes a resolution once, so a replay or an older state changes nothing.
 */
@Service
public class HitTransfer {

  /** A hit's row (the columns of {@code scr_hit}, without the post it was received from). */
  public record HitRecord(
      UUID id,
      UUID travellerId,
      @Nullable UUID inspectionId,
      String origin,
      String listCode,
      int listVersion,
      String alertRef,
      String sourceId,
      String alertHash,
      BigDecimal score,
      String alertAction,
      @Nullable String matchedName,
      String explanation,
      boolean blocking,
      boolean previouslyCleared,
      String status,
      Instant createdAt,
      @Nullable String resolvedBy,
      @Nullable Instant resolvedAt,
      @Nullable String resolutionReason,
      String confidentiality,
      @Nullable String alertReason,
      @Nullable String issuingAgency,
      @Nullable BigDecimal threshold,
      @Nullable UUID postId,
      @Nullable String officer,
      @Nullable UUID deskId,
      @Nullable String flight,
      @Nullable String seat,
      @Nullable Instant expectedArrival,
      @Nullable String subjectName) {}

  /** What filing a hit did at central. */
  public enum Applied {
    INSERTED,
    RESOLVED,
    ALREADY_HELD
  }

  private final JdbcClient jdbc;

  HitTransfer(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The hit as stored now. */
  public HitRecord export(UUID id) {
    return jdbc.sql("select * from scr_hit where id = ?")
        .param(id)
        .query(HitTransfer::record)
        .optional()
        .orElseThrow(() -> new IllegalStateException("no hit " + id));
  }

  /**
   * Files a post's hit at central under {@code travellerId} (central's traveller for it): inserted
   * if absent, its resolution taken if central holds it open, otherwise nothing changes.
   */
  public Applied importFromPost(HitRecord h, UUID postId, UUID travellerId) {
    Optional<String> held =
        jdbc.sql("select status from scr_hit where id = ?")
            .param(h.id())
            .query(String.class)
            .optional();
    if (held.isEmpty()) {
      jdbc.sql(
              """
              insert into scr_hit (id, traveller_id, inspection_id, origin, list_code, list_version,
                alert_ref, source_id, alert_hash, score, alert_action, matched_name, explanation,
                blocking, previously_cleared, status, created_at, resolved_by, resolved_at,
                resolution_reason, confidentiality, alert_reason, issuing_agency, threshold,
                post_id, officer, desk_id, flight, seat, expected_arrival, subject_name,
                received_from)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?, ?, ?, ?)""")
          .params(
              h.id(),
              travellerId,
              h.inspectionId(),
              h.origin(),
              h.listCode(),
              h.listVersion(),
              h.alertRef(),
              h.sourceId(),
              h.alertHash(),
              h.score(),
              h.alertAction(),
              h.matchedName(),
              h.explanation(),
              h.blocking(),
              h.previouslyCleared(),
              h.status(),
              AlertListRepository.utc(h.createdAt()),
              h.resolvedBy(),
              h.resolvedAt() == null ? null : AlertListRepository.utc(h.resolvedAt()),
              h.resolutionReason(),
              h.confidentiality(),
              h.alertReason(),
              h.issuingAgency(),
              h.threshold(),
              h.postId() == null ? postId : h.postId(),
              h.officer(),
              h.deskId(),
              h.flight(),
              h.seat(),
              h.expectedArrival() == null ? null : AlertListRepository.utc(h.expectedArrival()),
              h.subjectName(),
              postId)
          .update();
      return Applied.INSERTED;
    }
    if (!"OPEN".equals(h.status()) && h.resolvedAt() != null) {
      int changed =
          jdbc.sql(
                  "update scr_hit set status = ?, resolved_by = ?, resolved_at = ?,"
                      + " resolution_reason = ? where id = ? and status = 'OPEN'"
                      + " and received_from = ?")
              .params(
                  h.status(),
                  h.resolvedBy(),
                  AlertListRepository.utc(h.resolvedAt()),
                  h.resolutionReason(),
                  h.id(),
                  postId)
              .update();
      if (changed == 1) {
        return Applied.RESOLVED;
      }
    }
    return Applied.ALREADY_HELD;
  }

  /** A post's traveller found to be central's {@code surviving}: its hits follow (ADR 0017). */
  public int travellerMerged(UUID merged, UUID surviving) {
    return jdbc.sql(
            "update scr_hit set traveller_id = ? where traveller_id = ? and received_from is not"
                + " null")
        .params(surviving, merged)
        .update();
  }

  private static HitRecord record(ResultSet rs, int n) throws SQLException {
    return new HitRecord(
        rs.getObject("id", UUID.class),
        rs.getObject("traveller_id", UUID.class),
        rs.getObject("inspection_id", UUID.class),
        rs.getString("origin"),
        rs.getString("list_code"),
        rs.getInt("list_version"),
        rs.getString("alert_ref"),
        rs.getString("source_id"),
        rs.getString("alert_hash"),
        rs.getBigDecimal("score"),
        rs.getString("alert_action"),
        rs.getString("matched_name"),
        rs.getString("explanation"),
        rs.getBoolean("blocking"),
        rs.getBoolean("previously_cleared"),
        rs.getString("status"),
        instant(rs, "created_at"),
        rs.getString("resolved_by"),
        instant(rs, "resolved_at"),
        rs.getString("resolution_reason"),
        rs.getString("confidentiality"),
        rs.getString("alert_reason"),
        rs.getString("issuing_agency"),
        rs.getBigDecimal("threshold"),
        rs.getObject("post_id", UUID.class),
        rs.getString("officer"),
        rs.getObject("desk_id", UUID.class),
        rs.getString("flight"),
        rs.getString("seat"),
        instant(rs, "expected_arrival"),
        rs.getString("subject_name"));
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
