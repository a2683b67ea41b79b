package org.openbmis.app.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PostRepository {

  private final JdbcClient jdbc;

  PostRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<BorderPostSummary> findAll() {
    return jdbc.sql("select * from adm_border_post order by code")
        .query(PostRepository::post)
        .list();
  }

  Optional<BorderPostSummary> findById(UUID id) {
    return jdbc.sql("select * from adm_border_post where id = ?")
        .param(id)
        .query(PostRepository::post)
        .optional();
  }

  Optional<BorderPostSummary> findByCode(String code) {
    return jdbc.sql("select * from adm_border_post where code = ?")
        .param(code)
        .query(PostRepository::post)
        .optional();
  }

  Optional<BorderPostSummary> findByLocation(String locationCode) {
    return jdbc
        .sql("select * from adm_border_post where location_code = ? order by code")
        .param(locationCode)
        .query(PostRepository::post)
        .stream()
        .findFirst();
  }

  void insert(BorderPostSummary p, Instant now) {
    jdbc.sql(
            """
            insert into adm_border_post (id, code, name, post_type, neighbour_country, time_zone, active, created_at,
              location_code)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            p.id(),
            p.code(),
            p.name(),
            p.type().name(),
            p.neighbourCountry(),
            p.timeZone().getId(),
            p.active(),
            OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
            p.locationCode())
        .update();
  }

  List<DeskSummary> desks(UUID postId) {
    return jdbc.sql("select * from adm_desk where post_id = ? order by code")
        .param(postId)
        .query(PostRepository::desk)
        .list();
  }

  Optional<DeskSummary> desk(UUID id) {
    return jdbc.sql("select * from adm_desk where id = ?")
        .param(id)
        .query(PostRepository::desk)
        .optional();
  }

  void insertDesk(DeskSummary d, Instant now) {
    jdbc.sql(
            "insert into adm_desk (id, post_id, code, name, active, created_at, flow, lane)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.id(),
            d.postId(),
            d.code(),
            d.name(),
            d.active(),
            OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
            d.flow().name(),
            d.lane().name())
        .update();
  }

  /** Sets a desk's flow and lane; false for no such desk at this post. */
  boolean updateDesk(UUID postId, UUID deskId, DeskFlow flow, DeskLane lane) {
    return jdbc.sql("update adm_desk set flow = ?, lane = ? where id = ? and post_id = ?")
            .params(flow.name(), lane.name(), deskId, postId)
            .update()
        == 1;
  }

  private static BorderPostSummary post(ResultSet rs, int n) throws SQLException {
    return new BorderPostSummary(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        PostType.valueOf(rs.getString("post_type")),
        rs.getString("neighbour_country"),
        ZoneId.of(rs.getString("time_zone")),
        rs.getBoolean("active"),
        rs.getString("location_code"));
  }

  private static DeskSummary desk(ResultSet rs, int n) throws SQLException {
    return new DeskSummary(
        rs.getObject("id", UUID.class),
        rs.getObject("post_id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        rs.getBoolean("active"),
        DeskFlow.valueOf(rs.getString("flow")),
        DeskLane.valueOf(rs.getString("lane")));
  }
}
