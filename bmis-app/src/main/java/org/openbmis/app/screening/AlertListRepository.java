package org.openbmis.app.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openbmis.screening.AlertAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alert lists and their versions. */
@Repository
class AlertListRepository {

  /** A list row. */
  record ListRow(
      UUID id,
      String code,
      String name,
      ListKind kind,
      AlertAction defaultAction,
      double threshold,
      int version,
      Instant updatedAt) {}

  private final JdbcClient jdbc;

  AlertListRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(ListRow l, String by) {
    jdbc.sql(
            """
            insert into scr_alert_list (id, code, name, kind, default_action, threshold, list_version,
              created_at, created_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            l.id(),
            l.code(),
            l.name(),
            l.kind().name(),
            l.defaultAction().name(),
            l.threshold(),
            l.version(),
            utc(l.updatedAt()),
            by,
            utc(l.updatedAt()))
        .update();
  }

  Optional<ListRow> find(String code) {
    return jdbc.sql("select * from scr_alert_list where code = ?")
        .param(code)
        .query(this::row)
        .optional();
  }

  Optional<ListRow> findForUpdate(String code) {
    return jdbc.sql("select * from scr_alert_list where code = ? for update")
        .param(code.toUpperCase(java.util.Locale.ROOT))
        .query(this::row)
        .optional();
  }

  Optional<ListRow> findById(UUID id) {
    return jdbc.sql("select * from scr_alert_list where id = ?")
        .param(id)
        .query(this::row)
        .optional();
  }

  List<ListRow> all() {
    return jdbc.sql("select * from scr_alert_list order by code").query(this::row).list();
  }

  void setVersion(UUID id, int version, Instant at) {
    jdbc.sql("update scr_alert_list set list_version = ?, updated_at = ? where id = ?")
        .params(version, utc(at), id)
        .update();
  }

  void setThreshold(UUID id, double threshold, Instant at) {
    jdbc.sql("update scr_alert_list set threshold = ?, updated_at = ? where id = ?")
        .params(threshold, utc(at), id)
        .update();
  }

  long entries(ListRow l) {
    String table = l.kind() == ListKind.PERSON ? "scr_person_alert" : "scr_document_alert";
    return jdbc.sql("select count(*) from " + table + " where list_id = ? and deleted = false")
        .param(l.id())
        .query(Long.class)
        .single();
  }

  void insertVersion(UUID listId, ListVersionView v) {
    jdbc.sql(
            """
            insert into scr_list_version (id, list_id, list_version, origin, format, created_at,
              created_by, rows_read, added, changed, removed, unchanged, skipped, rejected, rejections)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            UUID.randomUUID(),
            listId,
            v.version(),
            v.origin(),
            v.format(),
            utc(v.createdAt()),
            v.createdBy(),
            v.read(),
            v.added(),
            v.changed(),
            v.removed(),
            v.unchanged(),
            v.skipped(),
            v.rejected(),
            truncate(String.join("\n", v.rejections()), 20000))
        .update();
  }

  List<ListVersionView> versions(ListRow l, int limit) {
    return jdbc.sql(
            "select * from scr_list_version where list_id = ? order by created_at desc fetch first "
                + limit
                + " rows only")
        .param(l.id())
        .query(
            (rs, n) ->
                new ListVersionView(
                    l.code(),
                    rs.getInt("list_version"),
                    rs.getString("origin"),
                    rs.getString("format"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rs.getString("created_by"),
                    rs.getInt("rows_read"),
                    rs.getInt("added"),
                    rs.getInt("changed"),
                    rs.getInt("removed"),
                    rs.getInt("unchanged"),
                    rs.getInt("skipped"),
                    rs.getInt("rejected"),
                    lines(rs.getString("rejections"))))
        .list();
  }

  private ListRow row(ResultSet rs, int n) throws SQLException {
    return new ListRow(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        ListKind.valueOf(rs.getString("kind")),
        AlertAction.valueOf(rs.getString("default_action")),
        rs.getDouble("threshold"),
        rs.getInt("list_version"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }

  private static List<String> lines(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
