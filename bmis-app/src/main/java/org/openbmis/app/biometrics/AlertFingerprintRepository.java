package org.openbmis.app.biometrics;

import static org.openbmis.app.biometrics.FingerprintRepository.utc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openbmis.biometrics.FingerPosition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fingerprints of person alerts (encrypted), keyed by list code and alert reference. */
@Repository
class AlertFingerprintRepository {

  /** An active alert print, template still sealed. */
  record StoredAlertPrint(
      UUID id, String list, String reference, FingerPosition position, byte[] sealedTemplate) {}

  private final JdbcClient jdbc;

  AlertFingerprintRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      UUID id,
      String list,
      String reference,
      FingerPosition position,
      String engineName,
      String engineVersion,
      byte[] sealed,
      Instant at,
      String by) {
    jdbc.sql(
            """
            insert into bio_alert_fingerprint (id, alert_reference, list_code, finger_position,
              engine_name, engine_version, created_at, created_by, template_data)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id, reference, list, position.code(), engineName, engineVersion, utc(at), by, sealed)
        .update();
  }

  void forEachActive(Consumer<StoredAlertPrint> action) {
    jdbc
        .sql(
            "select id, list_code, alert_reference, finger_position, template_data"
                + " from bio_alert_fingerprint where deleted_at is null")
        .query(
            (rs, n) ->
                new StoredAlertPrint(
                    rs.getObject("id", UUID.class),
                    rs.getString("list_code"),
                    rs.getString("alert_reference"),
                    FingerPosition.ofCode(rs.getInt("finger_position")),
                    rs.getBytes("template_data")))
        .stream()
        .forEach(action);
  }

  int softDelete(String list, String reference, Instant at, String by, String reason) {
    return jdbc.sql(
            "update bio_alert_fingerprint set deleted_at = ?, deleted_by = ?, delete_reason = ?"
                + " where list_code = ? and alert_reference = ? and deleted_at is null")
        .params(utc(at), by, reason, list, reference)
        .update();
  }

  /** An alert print as the border network carries it (template still sealed). */
  record AlertPrintRow(
      UUID id,
      String list,
      String reference,
      FingerPosition position,
      String engineName,
      String engineVersion,
      boolean deleted,
      byte[] sealedTemplate) {}

  List<UUID> activeIds(String list, String reference) {
    return jdbc.sql(
            "select id from bio_alert_fingerprint where list_code = ? and alert_reference = ?"
                + " and deleted_at is null")
        .params(list, reference)
        .query(UUID.class)
        .list();
  }

  /** The prints with these ids, deleted ones included. */
  List<AlertPrintRow> byIds(List<UUID> ids) {
    return ids.isEmpty() ? List.of() : rows("id in (:ids)", ids);
  }

  List<AlertPrintRow> active() {
    return rows("deleted_at is null", null);
  }

  boolean exists(UUID id) {
    return jdbc.sql("select count(*) from bio_alert_fingerprint where id = ?")
            .param(id)
            .query(Long.class)
            .single()
        > 0;
  }

  int softDelete(UUID id, Instant at, String by, String reason) {
    return jdbc.sql(
            "update bio_alert_fingerprint set deleted_at = ?, deleted_by = ?, delete_reason = ?"
                + " where id = ? and deleted_at is null")
        .params(utc(at), by, reason, id)
        .update();
  }

  private List<AlertPrintRow> rows(String where, @Nullable Object ids) {
    var sql =
        jdbc.sql(
            "select id, list_code, alert_reference, finger_position, engine_name,"
                + " engine_version, deleted_at, template_data from bio_alert_fingerprint where "
                + where
                + " order by id");
    return (ids == null ? sql : sql.param("ids", ids))
        .query(
            (rs, n) ->
                new AlertPrintRow(
                    rs.getObject("id", UUID.class),
                    rs.getString("list_code"),
                    rs.getString("alert_reference"),
                    FingerPosition.ofCode(rs.getInt("finger_position")),
                    rs.getString("engine_name"),
                    rs.getString("engine_version"),
                    rs.getObject("deleted_at") != null,
                    rs.getBytes("template_data")))
        .list();
  }

  List<FingerPosition> positions(String list, String reference) {
    return jdbc.sql(
            "select finger_position from bio_alert_fingerprint where list_code = ?"
                + " and alert_reference = ? and deleted_at is null order by finger_position")
        .params(list, reference)
        .query((rs, n) -> FingerPosition.ofCode(rs.getInt(1)))
        .list();
  }
}
