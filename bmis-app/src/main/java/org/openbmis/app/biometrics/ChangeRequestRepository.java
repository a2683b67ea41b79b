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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Change requests of enrolled fingerprints and the pending prints they carry (rows of {@code
 * bio_fingerprint} with {@code pending = true}). A decision never deletes a print.
 */
@Repository
class ChangeRequestRepository {

  private final JdbcClient jdbc;

  ChangeRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(ChangeRequest r) {
    jdbc.sql(
            """
            insert into bio_change_request (id, traveller_id, kind, status, reason, positions,
              requested_at, requested_post, requested_by, reference_post, comparison_score,
              comparison_match, comparison_fingers, other_traveller_id, other_score)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            r.id(),
            r.travellerId(),
            r.kind(),
            r.status(),
            r.reason(),
            r.positions(),
            utc(r.requestedAt()),
            r.requestedPost(),
            r.requestedBy(),
            r.referencePost(),
            decimal(r.comparisonScore()),
            r.comparisonMatch(),
            r.comparisonFingers(),
            r.otherTravellerId(),
            decimal(r.otherScore()))
        .update();
  }

  Optional<ChangeRequest> find(UUID id) {
    return jdbc.sql("select * from bio_change_request where id = ?")
        .param(id)
        .query(ChangeRequestRepository::row)
        .optional();
  }

  Optional<ChangeRequest> pendingFor(UUID travellerId, String kind) {
    return jdbc.sql(
            "select * from bio_change_request where traveller_id = ? and kind = ?"
                + " and status = 'PENDING' order by requested_at desc fetch first 1 rows only")
        .params(travellerId, kind)
        .query(ChangeRequestRepository::row)
        .optional();
  }

  /** Requests of a status, newest first; with a post, only those whose reference it enrolled. */
  List<ChangeRequest> list(String status, @Nullable String referencePost, int limit) {
    String sql =
        "select * from bio_change_request where status = ?"
            + (referencePost == null ? "" : " and reference_post = ?")
            + " order by requested_at desc fetch first "
            + Math.max(1, Math.min(limit, 1000))
            + " rows only";
    var spec = jdbc.sql(sql).param(status);
    if (referencePost != null) {
      spec = spec.param(referencePost);
    }
    return spec.query(ChangeRequestRepository::row).list();
  }

  boolean decide(
      UUID id, String status, Instant at, String by, @Nullable String post, String note) {
    return jdbc.sql(
                "update bio_change_request set status = ?, decided_at = ?, decided_by = ?,"
                    + " decided_post = ?, decision_note = ? where id = ? and status = 'PENDING'")
            .params(status, utc(at), by, post, note, id)
            .update()
        == 1;
  }

  /** The proposed prints of a request, still sealed. */
  List<FingerprintRepository.StoredPrint> pendingPrints(UUID requestId) {
    return jdbc.sql(
            "select id, traveller_id, finger_position, template_data from bio_fingerprint"
                + " where change_request = ? and pending = true")
        .param(requestId)
        .query(FingerprintRepository::stored)
        .list();
  }

  /** The prints a request proposed (metadata), whatever became of them. */
  List<EnrolledFinger> proposed(UUID requestId) {
    return jdbc.sql(
            "select * from bio_fingerprint where change_request = ? order by finger_position")
        .param(requestId)
        .query(FingerprintRepository::summary)
        .list();
  }

  /** The post that enrolled the traveller's current prints (the most recent capture). */
  Optional<String> referencePost(UUID travellerId) {
    return jdbc.sql(
            "select captured_post from bio_fingerprint where traveller_id = ?"
                + " and superseded_at is null and pending = false and captured_post is not null"
                + " order by captured_at desc fetch first 1 rows only")
        .param(travellerId)
        .query(String.class)
        .optional();
  }

  /** Approval: the old prints of the same fingers become history, the proposed ones current. */
  void promote(UUID requestId, UUID travellerId, Instant now) {
    jdbc.sql(
            "update bio_fingerprint set superseded_at = ? where traveller_id = ?"
                + " and superseded_at is null and pending = false and finger_position in"
                + " (select finger_position from bio_fingerprint where change_request = ?"
                + " and pending = true)")
        .params(utc(now), travellerId, requestId)
        .update();
    jdbc.sql(
            "update bio_fingerprint set pending = false where change_request = ? and pending = true")
        .param(requestId)
        .update();
  }

  /** Rejection: the proposed prints are kept as history, never current. */
  void retire(UUID requestId, Instant now) {
    jdbc.sql(
            "update bio_fingerprint set pending = false, superseded_at = ?"
                + " where change_request = ? and pending = true")
        .params(utc(now), requestId)
        .update();
  }

  private static @Nullable BigDecimal decimal(@Nullable Double d) {
    return d == null ? null : BigDecimal.valueOf(d);
  }

  private static ChangeRequest row(ResultSet rs, int n) throws SQLException {
    BigDecimal score = rs.getBigDecimal("comparison_score");
    BigDecimal other = rs.getBigDecimal("other_score");
    OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
    return new ChangeRequest(
        rs.getObject("id", UUID.class),
        rs.getObject("traveller_id", UUID.class),
        rs.getString("kind"),
        rs.getString("status"),
        rs.getString("reason"),
        rs.getString("positions"),
        rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
        rs.getString("requested_post"),
        rs.getString("requested_by"),
        rs.getString("reference_post"),
        score == null ? null : score.doubleValue(),
        rs.getBoolean("comparison_match"),
        rs.getString("comparison_fingers"),
        rs.getObject("other_traveller_id", UUID.class),
        other == null ? null : other.doubleValue(),
        decided == null ? null : decided.toInstant(),
        rs.getString("decided_by"),
        rs.getString("decision_note"));
  }
}
