package org.openbmis.app.screening;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openbmis.screening.DocumentAlert;
import org.openbmis.screening.DocumentAlertReason;
import org.openbmis.screening.DocumentNumberKey;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Document alerts: a plain table with an index on (normalised number, issuing state). Rows are
 * immutable: a changed record is a new row (new record id) and the old one is soft-deleted, so the
 * in-memory index only ever adds and removes.
 */
@Repository
class DocumentAlertRepository {

  /** A stored document alert with its record id (the id in the in-memory index). */
  record Row(
      long rid,
      String listCode,
      String sourceId,
      String number,
      String issuingState,
      @Nullable String type,
      DocumentAlertReason reason,
      @Nullable LocalDate reportedOn,
      @Nullable String source,
      String hash,
      boolean deleted) {}

  private static final String SELECT =
      "select d.*, l.code from scr_document_alert d join scr_alert_list l on l.id = d.list_id ";

  private final JdbcClient jdbc;

  DocumentAlertRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Live rows by source id (rid and hash). */
  Map<String, long[]> existing(
      UUID listId, Collection<String> sourceIds, Map<String, String> hashes) {
    Map<String, long[]> map = new HashMap<>();
    if (sourceIds.isEmpty()) {
      return map;
    }
    jdbc.sql(
            "select rid, source_id, content_hash from scr_document_alert where list_id = :list and"
                + " deleted = false and source_id in (:ids)")
        .param("list", listId)
        .param("ids", sourceIds)
        .query(
            rs -> {
              map.put(rs.getString("source_id"), new long[] {rs.getLong("rid")});
              hashes.put(rs.getString("source_id"), rs.getString("content_hash"));
            });
    return map;
  }

  void insert(UUID listId, DocumentAlert a, int listVersion, UUID importId) {
    jdbc.sql(
            """
            insert into scr_document_alert (list_id, source_id, number_key, document_number,
              issuing_state, document_type, reason, reported_on, source, content_hash, list_version,
              seen_import, deleted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)""")
        .params(
            listId,
            a.sourceId(),
            cut(DocumentNumberKey.normalise(a.number()), 40),
            cut(a.number(), 40),
            a.issuingState(),
            a.documentType() == null ? null : cut(a.documentType(), 40),
            a.reason().name(),
            a.reportedOn(),
            a.source() == null ? null : cut(a.source(), 200),
            a.contentHash(),
            listVersion,
            importId)
        .update();
  }

  void markSeen(UUID listId, UUID importId, Collection<String> sourceIds) {
    if (!sourceIds.isEmpty()) {
      jdbc.sql(
              "update scr_document_alert set seen_import = :imp where list_id = :list and deleted ="
                  + " false and source_id in (:ids)")
          .param("imp", importId)
          .param("list", listId)
          .param("ids", sourceIds)
          .update();
    }
  }

  void delete(long rid, int listVersion, String reason) {
    jdbc.sql(
            "update scr_document_alert set deleted = true, deleted_version = ?, deleted_reason = ?"
                + " where rid = ?")
        .params(listVersion, reason, rid)
        .update();
  }

  /** Soft-deletes the live rows of a list the import did not see; returns how many. */
  int deleteUnseen(UUID listId, UUID importId, int listVersion, String reason) {
    return jdbc.sql(
            "update scr_document_alert set deleted = true, deleted_version = ?, deleted_reason = ?"
                + " where list_id = ? and deleted = false and (seen_import is null or seen_import <>"
                + " ?)")
        .params(listVersion, reason, listId, importId)
        .update();
  }

  void forEachLive(Consumer<Row> sink) {
    jdbc.sql(SELECT + "where d.deleted = false")
        .query((RowCallbackHandler) rs -> sink.accept(row(rs)));
  }

  /** Rows added or deleted in a list version (to update the index after commit). */
  void forEachChangedIn(UUID listId, int version, Consumer<Row> sink) {
    jdbc.sql(SELECT + "where d.list_id = ? and (d.list_version = ? or d.deleted_version = ?)")
        .params(listId, version, version)
        .query((RowCallbackHandler) rs -> sink.accept(row(rs)));
  }

  Optional<Row> find(long rid) {
    return jdbc.sql(SELECT + "where d.rid = ?").param(rid).query((rs, n) -> row(rs)).optional();
  }

  List<Row> live(UUID listId, int limit) {
    return jdbc.sql(
            SELECT
                + "where d.list_id = ? and d.deleted = false order by d.rid fetch first "
                + limit
                + " rows only")
        .param(listId)
        .query((rs, n) -> row(rs))
        .list();
  }

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(
        rs.getLong("rid"),
        rs.getString("code"),
        rs.getString("source_id"),
        rs.getString("document_number"),
        rs.getString("issuing_state"),
        rs.getString("document_type"),
        DocumentAlertReason.valueOf(rs.getString("reason")),
        rs.getObject("reported_on", LocalDate.class),
        rs.getString("source"),
        rs.getString("content_hash"),
        rs.getBoolean("deleted"));
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
