package org.openbmis.app.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.screening.AlertListTransfer.DocumentRow;
import org.openbmis.app.screening.AlertListTransfer.ListData;
import org.openbmis.app.screening.AlertListTransfer.PersonRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of {@link AlertListTransfer}: alert rows read at central and written at a post. */
final class AlertRows {

  private static final Logger log = LoggerFactory.getLogger(AlertRows.class);
  private static final String RETIRED = "not in central's snapshot";

  private final JdbcClient jdbc;

  AlertRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<PersonRow> persons(UUID listId, int from, boolean snapshot) {
    String where = snapshot ? "deleted = false" : "list_version > " + from;
    return jdbc.sql(
            "select * from scr_person_alert where list_id = ? and " + where + " order by source_id")
        .param(listId)
        .query(
            (rs, n) ->
                new PersonRow(
                    rs.getObject("id", UUID.class),
                    rs.getString("source_id"),
                    rs.getString("display_name"),
                    rs.getString("alert_action"),
                    rs.getString("content_hash"),
                    rs.getString("payload"),
                    rs.getInt("alert_version"),
                    rs.getBoolean("deleted"),
                    rs.getString("deleted_reason"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                    rs.getString("updated_by")))
        .list();
  }

  List<DocumentRow> documents(UUID listId, int from, boolean snapshot) {
    String where =
        snapshot
            ? "deleted = false"
            : "(list_version > " + from + " or deleted_version > " + from + ")";
    return jdbc.sql(
            "select * from scr_document_alert where list_id = ? and " + where + " order by rid")
        .param(listId)
        .query(
            (rs, n) ->
                new DocumentRow(
                    rs.getLong("rid"),
                    rs.getString("source_id"),
                    rs.getString("number_key"),
                    rs.getString("document_number"),
                    rs.getString("issuing_state"),
                    rs.getString("document_type"),
                    rs.getString("reason"),
                    rs.getObject("reported_on", LocalDate.class),
                    rs.getString("source"),
                    rs.getString("content_hash"),
                    rs.getBoolean("deleted")))
        .list();
  }

  /** Takes a list's name, action and threshold. */
  void describe(ListData d, Instant now) {
    jdbc.sql(
            "update scr_alert_list set name = ?, default_action = ?, threshold = ?, updated_at = ?"
                + " where id = ?")
        .params(d.name(), d.defaultAction(), d.threshold(), AlertListRepository.utc(now), d.id())
        .update();
  }

  /** Retires every live row of a list (a snapshot then revives the rows it names). */
  void retireAll(UUID listId, int version) {
    jdbc.sql(
            "update scr_person_alert set deleted = true, deleted_reason = ?, list_version = ?"
                + " where list_id = ? and deleted = false")
        .params(RETIRED, version, listId)
        .update();
    jdbc.sql(
            "update scr_document_alert set deleted = true, deleted_reason = ?, deleted_version = ?"
                + " where list_id = ? and deleted = false")
        .params(RETIRED, version, listId)
        .update();
  }

  /** A person alert as central holds it, stamped with the version the post now holds. */
  void upsertPerson(UUID listId, PersonRow p, int version) {
    int updated =
        jdbc.sql(
                """
                update scr_person_alert set display_name = ?, alert_action = ?, content_hash = ?,
                  payload = ?, alert_version = ?, list_version = ?, deleted = ?, deleted_reason = ?,
                  updated_at = ?, updated_by = ? where list_id = ? and source_id = ?""")
            .params(
                p.displayName(),
                p.action(),
                p.contentHash(),
                p.payload(),
                p.alertVersion(),
                version,
                p.deleted(),
                p.deletedReason(),
                AlertListRepository.utc(p.updatedAt()),
                p.updatedBy(),
                listId,
                p.sourceId())
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into scr_person_alert (id, list_id, source_id, display_name, alert_action,
                content_hash, payload, alert_version, list_version, deleted, deleted_reason,
                created_at, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              p.id(),
              listId,
              p.sourceId(),
              p.displayName(),
              p.action(),
              p.contentHash(),
              p.payload(),
              p.alertVersion(),
              version,
              p.deleted(),
              p.deletedReason(),
              AlertListRepository.utc(p.createdAt()),
              AlertListRepository.utc(p.updatedAt()),
              p.updatedBy())
          .update();
    }
  }

  /**
   * A document alert under central's record id: inserted when new and live, deleted when central
   * deleted it, revived when a snapshot names it (rows are immutable, so nothing else changes).
   */
  boolean applyDocument(UUID listId, DocumentRow d, int version, boolean snapshot) {
    var here =
        jdbc.sql("select list_id, deleted from scr_document_alert where rid = ?")
            .param(d.rid())
            .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getBoolean(2)})
            .optional();
    if (here.isEmpty()) {
      if (d.deleted()) {
        return false;
      }
      jdbc.sql(
              """
              insert into scr_document_alert (rid, list_id, source_id, number_key, document_number,
                issuing_state, document_type, reason, reported_on, source, content_hash,
                list_version, deleted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)""")
          .params(
              d.rid(),
              listId,
              d.sourceId(),
              d.numberKey(),
              d.number(),
              d.issuingState(),
              d.type(),
              d.reason(),
              d.reportedOn(),
              d.source(),
              d.contentHash(),
              version)
          .update();
      return true;
    }
    if (!listId.equals(here.get()[0])) {
      log.warn("Document alert {} from central skipped: a local row holds its id", d.rid());
      return false;
    }
    boolean deletedHere = (Boolean) here.get()[1];
    if (d.deleted() && !deletedHere) {
      jdbc.sql(
              "update scr_document_alert set deleted = true, deleted_version = ?,"
                  + " deleted_reason = 'deleted at central' where rid = ?")
          .params(version, d.rid())
          .update();
      return true;
    }
    if (!d.deleted() && deletedHere && snapshot) {
      // retired by this snapshot a moment ago: still in the index, nothing for it to learn;
      // deleted before: the index must take it in again
      jdbc.sql(
              "update scr_document_alert set deleted = false, deleted_reason = null, list_version ="
                  + " case when deleted_version = ? then list_version else ? end,"
                  + " deleted_version = null where rid = ?")
          .params(version, version, d.rid())
          .update();
      return true;
    }
    return false;
  }
}
