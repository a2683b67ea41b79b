package org.openbmis.app.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Dataset versions (ADR 0017). At central: the latest version of each dataset the sync module
 * versions itself ({@code syn_dataset}, bumped under a row lock in the transaction of the change,
 * so versions commit in order) and which record each version changed. At a post: the version it
 * holds of each dataset, when that changed and when central last confirmed it.
 */
@Repository
class DatasetVersions {

  /** A dataset as a post holds it. */
  record Held(String name, long version, Instant changedAt, Instant checkedAt) {}

  private final JdbcClient jdbc;

  DatasetVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Central: the next version of a dataset, in the caller's transaction (row-locked). */
  long bump(String name, Instant now) {
    int updated =
        jdbc.sql("update syn_dataset set version = version + 1, changed_at = ? where name = ?")
            .params(utc(now), name)
            .update();
    if (updated == 0) {
      jdbc.sql("insert into syn_dataset (name, version, changed_at) values (?, 1, ?)")
          .params(name, utc(now))
          .update();
    }
    return latest(name);
  }

  /** Central: the record changed in this version (one row per record, its latest version). */
  void changed(String name, UUID recordId, long version) {
    int updated =
        jdbc.sql("update syn_dataset_change set version = ? where dataset = ? and record_id = ?")
            .params(version, name, recordId)
            .update();
    if (updated == 0) {
      jdbc.sql("insert into syn_dataset_change (dataset, record_id, version) values (?, ?, ?)")
          .params(name, recordId, version)
          .update();
    }
  }

  long latest(String name) {
    return jdbc.sql("select version from syn_dataset where name = ?")
        .param(name)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /** Central: the records changed after {@code from}, up to {@code to}. */
  List<UUID> changedBetween(String name, long from, long to) {
    return jdbc.sql(
            "select record_id from syn_dataset_change where dataset = ? and version > ?"
                + " and version <= ?")
        .params(name, from, to)
        .query(UUID.class)
        .list();
  }

  /** Post: every dataset it holds. */
  Map<String, Held> held() {
    Map<String, Held> m = new LinkedHashMap<>();
    jdbc.sql("select * from syn_dataset_held order by name")
        .query(
            (rs, n) ->
                new Held(
                    rs.getString("name"),
                    rs.getLong("version"),
                    rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("checked_at", OffsetDateTime.class).toInstant()))
        .list()
        .forEach(h -> m.put(h.name(), h));
    return m;
  }

  /** Post: now holds this version (in the transaction that applied it). */
  void hold(String name, long version, Instant now) {
    int updated =
        jdbc.sql(
                "update syn_dataset_held set version = ?, changed_at = ?, checked_at = ?"
                    + " where name = ?")
            .params(version, utc(now), utc(now), name)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into syn_dataset_held (name, version, changed_at, checked_at)"
                  + " values (?, ?, ?, ?)")
          .params(name, version, utc(now), utc(now))
          .update();
    }
  }

  /** Post: central confirmed that this dataset is current. */
  void checked(String name, Instant now) {
    jdbc.sql("update syn_dataset_held set checked_at = ? where name = ?")
        .params(utc(now), name)
        .update();
  }

  private static OffsetDateTime utc(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
