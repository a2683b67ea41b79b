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
              captured_post, captured_by, image_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            p.id(),
            p.travellerId(),
            p.format(),
            p.width(),
            p.height(),
            utc(p.capturedAt()),
            p.capturedPost(),
            p.capturedBy(),
            sealedImage)
        .update();
  }

  List<FacePhoto> photos(UUID travellerId) {
    return jdbc.sql(
            "select * from bio_face where traveller_id = ? order by captured_at desc, id desc")
        .param(travellerId)
        .query(FaceRepository::photo)
        .list();
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
        rs.getString("captured_by"));
  }
}
