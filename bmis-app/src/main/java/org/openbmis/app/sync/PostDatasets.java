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
 * Central: the version of each dataset every post said it holds at its last pull ({@code
 * syn_post_dataset}, ADR 0023), for central's posts screen. Written from the signed pull itself, so
 * it says what the post holds, not what central last sent.
 */
@Repository
class PostDatasets {

  /** A dataset as a post reported it. */
  record Reported(String name, long version, Instant reportedAt) {}

  private final JdbcClient jdbc;

  PostDatasets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Keeps what the post holds (outside a transaction: one row after another, the pull writes
   * nothing else).
   */
  void reported(UUID postId, Map<String, Long> held, Instant now) {
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    held.forEach(
        (name, version) -> {
          if (name == null || name.length() > 100 || version == null) {
            return;
          }
          int updated =
              jdbc.sql(
                      "update syn_post_dataset set version = ?, reported_at = ?"
                          + " where post_id = ? and name = ?")
                  .params(version, at, postId, name)
                  .update();
          if (updated == 0) {
            insert(postId, name, version, at);
          }
        });
  }

  private void insert(UUID postId, String name, long version, OffsetDateTime at) {
    try {
      jdbc.sql(
              "insert into syn_post_dataset (post_id, name, version, reported_at)"
                  + " values (?, ?, ?, ?)")
          .params(postId, name, version, at)
          .update();
    } catch (org.springframework.dao.DuplicateKeyException e) {
      // a second central node wrote it at the same moment: the next pull updates it
    }
  }

  /** Every post's datasets, by post. */
  Map<UUID, List<Reported>> all() {
    Map<UUID, List<Reported>> out = new LinkedHashMap<>();
    jdbc.sql("select * from syn_post_dataset order by post_id, name")
        .query(
            (rs, n) -> {
              out.computeIfAbsent(
                      rs.getObject("post_id", UUID.class), k -> new java.util.ArrayList<>())
                  .add(
                      new Reported(
                          rs.getString("name"),
                          rs.getLong("version"),
                          rs.getObject("reported_at", OffsetDateTime.class).toInstant()));
              return null;
            })
        .list();
    return out;
  }
}
