package org.openbmis.app.sync;

import static org.openbmis.app.sync.PostBesideCentral.postJdbc;

import java.util.UUID;

/** What the post beside central holds, read from its own database (down-sync contract). */
final class PostTables {

  private PostTables() {}

  static long rowsAtPost(String table, UUID id) {
    return postJdbc()
        .sql("select count(*) from " + table + " where id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  static long alertPrintsAtPost(String reference) {
    return count(
        "select count(*) from bio_alert_fingerprint where alert_reference = ?"
            + " and deleted_at is null",
        reference);
  }

  private static long count(String sql, Object... params) {
    return postJdbc().sql(sql).params(params).query(Long.class).single();
  }

  static long heldAtPost(String name) {
    return postJdbc()
        .sql("select version from syn_dataset_held where name = ?")
        .param(name)
        .query(Long.class)
        .optional()
        .orElse(-1L);
  }

  static long accountsAtPost(String username) {
    return count("select count(*) from adm_user where username = ?", username);
  }

  static boolean enabledAtPost(String username) {
    return postJdbc()
        .sql("select enabled from adm_user where username = ?")
        .param(username)
        .query(Boolean.class)
        .single();
  }

  static long auditAtPost(String action, String subject) {
    return count(
        "select count(*) from shr_audit_event where action = ? and subject_id = ?",
        action,
        subject);
  }
}
