package org.openbmis.app.screening;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openbmis.screening.PersonAlert;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Person alerts (current state) and their append-only history. */
@Repository
class PersonAlertRepository {

  /** The current state of an alert, as needed to diff an import against it. */
  record Existing(UUID id, String hash, int alertVersion, boolean deleted, String payload) {}

  /** An alert row as the index and the screens need it. */
  record Row(UUID id, String listCode, String sourceId, boolean deleted, String payload) {
    PersonAlert alert() {
      return StoredAlert.parse(payload).toAlert(listCode, sourceId);
    }
  }

  /** Who changes what, when, in which list version. */
  record Change(UUID listId, int listVersion, String by, Instant at, @Nullable String reason) {}

  private final JdbcClient jdbc;

  PersonAlertRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, Existing> existing(UUID listId, Collection<String> sourceIds) {
    Map<String, Existing> map = new HashMap<>();
    if (sourceIds.isEmpty()) {
      return map;
    }
    jdbc.sql(
            "select id, source_id, content_hash, alert_version, deleted, payload from scr_person_alert"
                + " where list_id = :list and source_id in (:ids)")
        .param("list", listId)
        .param("ids", sourceIds)
        .query(
            rs -> {
              map.put(
                  rs.getString("source_id"),
                  new Existing(
                      rs.getObject("id", UUID.class),
                      rs.getString("content_hash"),
                      rs.getInt("alert_version"),
                      rs.getBoolean("deleted"),
                      rs.getString("payload")));
            });
    return map;
  }

  Optional<Existing> find(UUID listId, String sourceId) {
    return Optional.ofNullable(existing(listId, List.of(sourceId)).get(sourceId));
  }

  UUID insert(PersonAlert a, Change c, @Nullable UUID importId) {
    UUID id = UUID.randomUUID();
    String payload = StoredAlert.of(a).json();
    jdbc.sql(
            """
            insert into scr_person_alert (id, list_id, source_id, display_name, alert_action,
              content_hash, payload, alert_version, list_version, seen_import, deleted, created_at,
              updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, false, ?, ?, ?)""")
        .params(
            id,
            c.listId(),
            a.sourceId(),
            truncate(a.displayName(), 300),
            a.action().name(),
            a.contentHash(),
            payload,
            c.listVersion(),
            importId,
            AlertListRepository.utc(c.at()),
            AlertListRepository.utc(c.at()),
            c.by())
        .update();
    history(id, 1, "ADDED", a.contentHash(), payload, c);
    return id;
  }

  void update(Existing e, PersonAlert a, Change c, @Nullable UUID importId) {
    String payload = StoredAlert.of(a).json();
    jdbc.sql(
            """
            update scr_person_alert set display_name = ?, alert_action = ?, content_hash = ?,
              payload = ?, alert_version = ?, list_version = ?, seen_import = ?, deleted = false,
              deleted_reason = null, updated_at = ?, updated_by = ? where id = ?""")
        .params(
            truncate(a.displayName(), 300),
            a.action().name(),
            a.contentHash(),
            payload,
            e.alertVersion() + 1,
            c.listVersion(),
            importId,
            AlertListRepository.utc(c.at()),
            c.by(),
            e.id())
        .update();
    history(e.id(), e.alertVersion() + 1, "CHANGED", a.contentHash(), payload, c);
  }

  void softDelete(Existing e, Change c) {
    jdbc.sql(
            """
            update scr_person_alert set deleted = true, deleted_reason = ?, alert_version = ?,
              list_version = ?, updated_at = ?, updated_by = ? where id = ?""")
        .params(
            c.reason(),
            e.alertVersion() + 1,
            c.listVersion(),
            AlertListRepository.utc(c.at()),
            c.by(),
            e.id())
        .update();
    history(e.id(), e.alertVersion() + 1, "REMOVED", e.hash(), e.payload(), c);
  }

  void markSeen(UUID listId, UUID importId, Collection<String> sourceIds) {
    if (!sourceIds.isEmpty()) {
      jdbc.sql(
              "update scr_person_alert set seen_import = :imp where list_id = :list and source_id in"
                  + " (:ids)")
          .param("imp", importId)
          .param("list", listId)
          .param("ids", sourceIds)
          .update();
    }
  }

  /** Live alerts of a list that the import did not see: removed from the source. */
  List<Existing> unseen(UUID listId, UUID importId) {
    return jdbc.sql(
            "select id, content_hash, alert_version, deleted, payload from scr_person_alert where"
                + " list_id = ? and deleted = false and (seen_import is null or seen_import <> ?)")
        .params(listId, importId)
        .query(
            (rs, n) ->
                new Existing(
                    rs.getObject("id", UUID.class),
                    rs.getString("content_hash"),
                    rs.getInt("alert_version"),
                    false,
                    rs.getString("payload")))
        .list();
  }

  void forEachLive(Consumer<Row> sink) {
    jdbc.sql(
            "select a.id, l.code, a.source_id, a.deleted, a.payload from scr_person_alert a join"
                + " scr_alert_list l on l.id = a.list_id where a.deleted = false")
        .query((RowCallbackHandler) rs -> sink.accept(row(rs)));
  }

  List<Row> changedIn(UUID listId, int listVersion) {
    return jdbc.sql(
            "select a.id, l.code, a.source_id, a.deleted, a.payload from scr_person_alert a join"
                + " scr_alert_list l on l.id = a.list_id where a.list_id = ? and a.list_version = ?")
        .params(listId, listVersion)
        .query((rs, n) -> row(rs))
        .list();
  }

  List<Row> live(UUID listId, int limit) {
    return jdbc.sql(
            "select a.id, l.code, a.source_id, a.deleted, a.payload from scr_person_alert a join"
                + " scr_alert_list l on l.id = a.list_id where a.list_id = ? and a.deleted = false"
                + " order by a.display_name fetch first "
                + limit
                + " rows only")
        .param(listId)
        .query((rs, n) -> row(rs))
        .list();
  }

  /** The live alert of a list with this source id, if any. */
  Optional<Row> findLive(String listCode, String sourceId) {
    return jdbc.sql(
            "select a.id, l.code, a.source_id, a.deleted, a.payload from scr_person_alert a join"
                + " scr_alert_list l on l.id = a.list_id where l.code = ? and a.source_id = ? and"
                + " a.deleted = false")
        .params(listCode, sourceId)
        .query((rs, n) -> row(rs))
        .optional();
  }

  Optional<UUID> idOf(String listCode, String sourceId) {
    return jdbc.sql(
            "select a.id from scr_person_alert a join scr_alert_list l on l.id = a.list_id where"
                + " l.code = ? and a.source_id = ?")
        .params(listCode, sourceId)
        .query(UUID.class)
        .optional();
  }

  private void history(UUID id, int version, String kind, String hash, String payload, Change c) {
    jdbc.sql(
            """
            insert into scr_person_alert_history (id, alert_id, alert_version, list_version,
              change_kind, content_hash, payload, reason, changed_at, changed_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            UUID.randomUUID(),
            id,
            version,
            c.listVersion(),
            kind,
            hash,
            payload,
            c.reason(),
            AlertListRepository.utc(c.at()),
            c.by())
        .update();
  }

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("source_id"),
        rs.getBoolean("deleted"),
        rs.getString("payload"));
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
