package org.openbmis.app.screening;

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

/** Proposed national alert changes (maker-checker). */
@Repository
class AlertChangeRepository {

  private final JdbcClient jdbc;

  AlertChangeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      UUID id,
      UUID listId,
      String sourceId,
      String operation,
      @Nullable String payload,
      String reason,
      String by,
      Instant at) {
    jdbc.sql(
            """
            insert into scr_alert_change (id, list_id, source_id, operation, payload, reason, status,
              made_by, made_at) values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
        .params(id, listId, sourceId, operation, payload, reason, by, AlertListRepository.utc(at))
        .update();
  }

  Optional<AlertChangeView> find(UUID id) {
    return jdbc.sql(SELECT + "where c.id = ?").param(id).query(this::view).optional();
  }

  Optional<UUID> listOf(UUID id) {
    return jdbc.sql("select list_id from scr_alert_change where id = ?")
        .param(id)
        .query(UUID.class)
        .optional();
  }

  List<AlertChangeView> search(@Nullable String status, int limit) {
    String where = status == null ? "" : "where c.status = ? ";
    var spec =
        jdbc.sql(SELECT + where + "order by c.made_at desc fetch first " + limit + " rows only");
    return (status == null ? spec : spec.param(status)).query(this::view).list();
  }

  boolean decide(
      UUID id,
      String status,
      String by,
      Instant at,
      @Nullable String reason,
      @Nullable Integer version) {
    return jdbc.sql(
                "update scr_alert_change set status = ?, checked_by = ?, checked_at = ?,"
                    + " check_reason = ?, list_version = ? where id = ? and status = 'PENDING'")
            .params(status, by, AlertListRepository.utc(at), reason, version, id)
            .update()
        == 1;
  }

  private static final String SELECT =
      "select c.*, l.code, l.kind from scr_alert_change c join scr_alert_list l on l.id = c.list_id ";

  private static String displayName(ListKind kind, String payload) {
    return kind == ListKind.DOCUMENT
        ? StoredDocument.parse(payload).displayName()
        : StoredAlert.parse(payload).names().get(0).value();
  }

  private AlertChangeView view(ResultSet rs, int n) throws SQLException {
    String payload = rs.getString("payload");
    OffsetDateTime checked = rs.getObject("checked_at", OffsetDateTime.class);
    Integer version = rs.getObject("list_version") == null ? null : rs.getInt("list_version");
    return new AlertChangeView(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("source_id"),
        rs.getString("operation"),
        payload == null ? null : displayName(ListKind.valueOf(rs.getString("kind")), payload),
        payload,
        rs.getString("reason"),
        rs.getString("status"),
        rs.getString("made_by"),
        rs.getObject("made_at", OffsetDateTime.class).toInstant(),
        rs.getString("checked_by"),
        checked == null ? null : checked.toInstant(),
        rs.getString("check_reason"),
        version);
  }
}
