package org.openbmis.app.biometrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openbmis.biometrics.FingerPosition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enrolled prints (encrypted) and missing fingers of travellers. */
@Repository
class FingerprintRepository {

  /** An active print, template still sealed. */
  record StoredPrint(UUID id, UUID travellerId, FingerPosition position, byte[] sealedTemplate) {}

  private final JdbcClient jdbc;

  FingerprintRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(EnrolledFinger f, int minutiae, byte[] sealedTemplate, byte @Nullable [] image) {
    insert(f, minutiae, sealedTemplate, image, null);
  }

  /** Inserts a print; with a change request it is pending (not current) until approved. */
  void insert(
      EnrolledFinger f,
      int minutiae,
      byte[] sealedTemplate,
      byte @Nullable [] image,
      @Nullable UUID changeRequest) {
    jdbc.sql(
            """
            insert into bio_fingerprint (id, traveller_id, finger_position, source, image_format,
              engine_name, engine_version, quality_score, quality_verdict, minutiae, captured_at,
              captured_post, captured_by, template_data, image_data, change_request, pending)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            f.id(),
            f.travellerId(),
            f.position().code(),
            f.source(),
            f.imageFormat(),
            f.engineName(),
            f.engineVersion(),
            f.qualityScore(),
            f.qualityVerdict(),
            minutiae,
            utc(f.capturedAt()),
            f.capturedPost(),
            f.capturedBy(),
            sealedTemplate,
            image,
            changeRequest,
            changeRequest != null)
        .update();
  }

  /** Marks the traveller's active print of a finger as replaced; returns the ids replaced. */
  List<UUID> supersede(UUID travellerId, FingerPosition position, Instant now) {
    List<UUID> ids =
        jdbc.sql(
                "select id from bio_fingerprint where traveller_id = ? and finger_position = ?"
                    + " and superseded_at is null and pending = false")
            .params(travellerId, position.code())
            .query(UUID.class)
            .list();
    if (!ids.isEmpty()) {
      jdbc.sql(
              "update bio_fingerprint set superseded_at = ? where traveller_id = ?"
                  + " and finger_position = ? and superseded_at is null and pending = false")
          .params(utc(now), travellerId, position.code())
          .update();
    }
    return ids;
  }

  boolean hasPrints(UUID travellerId) {
    return jdbc.sql(
                "select count(*) from bio_fingerprint where traveller_id = ? and superseded_at is null and pending = false")
            .param(travellerId)
            .query(Long.class)
            .single()
        > 0;
  }

  List<StoredPrint> active(UUID travellerId) {
    return jdbc.sql(
            "select id, traveller_id, finger_position, template_data from bio_fingerprint"
                + " where traveller_id = ? and superseded_at is null and pending = false")
        .param(travellerId)
        .query(FingerprintRepository::stored)
        .list();
  }

  void forEachActive(Consumer<StoredPrint> action) {
    jdbc
        .sql(
            "select id, traveller_id, finger_position, template_data from bio_fingerprint"
                + " where superseded_at is null and pending = false")
        .query(FingerprintRepository::stored)
        .stream()
        .forEach(action);
  }

  List<EnrolledFinger> summaries(UUID travellerId) {
    return jdbc.sql(
            "select * from bio_fingerprint where traveller_id = ? and superseded_at is null and pending = false"
                + " order by finger_position")
        .param(travellerId)
        .query(FingerprintRepository::summary)
        .list();
  }

  void insertMissing(
      UUID travellerId,
      FingerPosition p,
      String reason,
      Instant at,
      @Nullable String post,
      String by) {
    jdbc.sql(
            """
            insert into bio_missing_finger (id, traveller_id, finger_position, reason, captured_at,
              captured_post, captured_by) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), travellerId, p.code(), reason, utc(at), post, by)
        .update();
  }

  List<String> missing(UUID travellerId) {
    return jdbc.sql(
            "select finger_position, reason from bio_missing_finger where traveller_id = ?"
                + " order by captured_at desc")
        .param(travellerId)
        .query((rs, n) -> FingerPosition.ofCode(rs.getInt(1)).name() + ":" + rs.getString(2))
        .list();
  }

  List<UUID> travellersCapturedBefore(Instant cutoff) {
    return jdbc.sql("select distinct traveller_id from bio_fingerprint where captured_at < ?")
        .param(utc(cutoff))
        .query(UUID.class)
        .list();
  }

  /** Deletes prints and missing-finger records captured before the cut-off. */
  int purgeBefore(Instant cutoff) {
    int n =
        jdbc.sql("delete from bio_fingerprint where captured_at < ?").param(utc(cutoff)).update();
    return n
        + jdbc.sql("delete from bio_missing_finger where captured_at < ?")
            .param(utc(cutoff))
            .update();
  }

  static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  static StoredPrint stored(ResultSet rs, int n) throws SQLException {
    return new StoredPrint(
        rs.getObject("id", UUID.class),
        rs.getObject("traveller_id", UUID.class),
        FingerPosition.ofCode(rs.getInt("finger_position")),
        rs.getBytes("template_data"));
  }

  static EnrolledFinger summary(ResultSet rs, int n) throws SQLException {
    return new EnrolledFinger(
        rs.getObject("id", UUID.class),
        rs.getObject("traveller_id", UUID.class),
        FingerPosition.ofCode(rs.getInt("finger_position")),
        rs.getString("source"),
        rs.getString("image_format"),
        (Integer) rs.getObject("quality_score"),
        rs.getString("quality_verdict"),
        rs.getString("engine_name"),
        rs.getString("engine_version"),
        rs.getObject("captured_at", OffsetDateTime.class).toInstant(),
        rs.getString("captured_post"),
        rs.getString("captured_by"));
  }
}
