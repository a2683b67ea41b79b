package org.openbmis.app.biometrics;

import static org.openbmis.app.biometrics.FingerprintRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Face photos of travellers (encrypted). */
@Repository
class FaceRepository {

  private final JdbcClient jdbc;

  FaceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(FacePhoto p, byte[] sealedImage) {
    jdbc.sql(
            """
            insert into bio_face (id, traveller_id, image_format, width, height, captured_at,
              captured_post, captured_by, status, change_request, image_data)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            p.id(),
            p.travellerId(),
            p.format(),
            p.width(),
            p.height(),
            utc(p.capturedAt()),
            p.capturedPost(),
            p.capturedBy(),
            p.status(),
            p.changeRequestId(),
            sealedImage)
        .update();
  }

  /** The traveller's current photos (not those pending or rejected), newest first. */
  List<FacePhoto> photos(UUID travellerId) {
    return jdbc.sql(
            "select * from bio_face where traveller_id = ? and status = 'CURRENT'"
                + " order by captured_at desc, id desc")
        .param(travellerId)
        .query(FaceRepository::photo)
        .list();
  }

  /** The photos a change request proposed, whatever became of them. */
  List<FacePhoto> proposed(UUID changeRequest) {
    return jdbc.sql("select * from bio_face where change_request = ? order by captured_at desc")
        .param(changeRequest)
        .query(FaceRepository::photo)
        .list();
  }

  /** Approval (CURRENT) or rejection (REJECTED) of the pending photos of a change request. */
  void decide(UUID changeRequest, String status) {
    jdbc.sql("update bio_face set status = ? where change_request = ? and status = 'PENDING'")
        .params(status, changeRequest)
        .update();
  }

  Optional<FacePhoto> find(UUID id) {
    return jdbc.sql("select * from bio_face where id = ?")
        .param(id)
        .query(FaceRepository::photo)
        .optional();
  }

  byte[] sealedImage(UUID id) {
    return jdbc.sql("select image_data from bio_face where id = ?")
        .param(id)
        .query((rs, n) -> rs.getBytes(1))
        .single();
  }

  int purgeBefore(Instant cutoff) {
    return jdbc.sql("delete from bio_face where captured_at < ?").param(utc(cutoff)).update();
  }

  private static FacePhoto photo(ResultSet rs, int n) throws SQLException {
    return new FacePhoto(
        rs.getObject("id", UUID.class),
        rs.getObject("traveller_id", UUID.class),
        rs.getString("image_format"),
        rs.getInt("width"),
        rs.getInt("height"),
        rs.getObject("captured_at", OffsetDateTime.class).toInstant(),
        rs.getString("captured_post"),
        rs.getString("captured_by"),
        rs.getString("status"),
        rs.getObject("change_request", UUID.class));
  }
}
