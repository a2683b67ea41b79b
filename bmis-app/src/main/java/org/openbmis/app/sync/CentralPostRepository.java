package org.openbmis.app.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Central's tables of the network: codes, enrolled posts, merges. */
@Repository
class CentralPostRepository {

  record EnrolledPost(
      UUID postId,
      String keyId,
      String publicKey,
      @Nullable Instant revokedAt,
      @Nullable Long clockSkewSeconds) {}

  private final JdbcClient jdbc;

  CentralPostRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertCode(String hash, UUID postId, String by, Instant now, Instant expires) {
    jdbc.sql(
            "insert into syn_enrolment_code (code_hash, post_id, created_by, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(hash, postId, by, utc(now), utc(expires))
        .update();
  }

  /** Uses a valid code up (once, even when two posts race) and names its post. */
  Optional<UUID> useCode(String hash, Instant now) {
    int used =
        jdbc.sql(
                "update syn_enrolment_code set used_at = ? where code_hash = ? and used_at is null"
                    + " and expires_at > ?")
            .params(utc(now), hash, utc(now))
            .update();
    if (used == 0) {
      return Optional.empty();
    }
    return jdbc.sql("select post_id from syn_enrolment_code where code_hash = ?")
        .param(hash)
        .query(UUID.class)
        .optional();
  }

  /** Keeps a post's (new) key; a new enrolment replaces a revoked key. */
  void enrol(UUID postId, String keyId, String publicKey, Instant now) {
    int updated =
        jdbc.sql(
                "update syn_post set key_id = ?, public_key = ?, enrolled_at = ?, revoked_at = null"
                    + " where post_id = ?")
            .params(keyId, publicKey, utc(now), postId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into syn_post (post_id, key_id, public_key, enrolled_at) values (?, ?, ?, ?)")
          .params(postId, keyId, publicKey, utc(now))
          .update();
    }
  }

  boolean revoke(UUID postId, Instant now) {
    if (find(postId).isEmpty()) {
      return false;
    }
    jdbc.sql("update syn_post set revoked_at = ? where post_id = ? and revoked_at is null")
        .params(utc(now), postId)
        .update();
    return true;
  }

  Optional<EnrolledPost> find(UUID postId) {
    return jdbc.sql("select * from syn_post where post_id = ?")
        .param(postId)
        .query(
            (rs, n) ->
                new EnrolledPost(
                    rs.getObject("post_id", UUID.class),
                    rs.getString("key_id"),
                    rs.getString("public_key"),
                    instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                    (Long) rs.getObject("clock_skew_seconds", Long.class)))
        .optional();
  }

  void clockSkew(UUID postId, long seconds) {
    jdbc.sql("update syn_post set clock_skew_seconds = ? where post_id = ?")
        .params(seconds, postId)
        .update();
  }

  void contact(UUID postId, Instant now, long lastSequence, int applied) {
    jdbc.sql(
            "update syn_post set last_contact_at = ?, applied = applied + ?,"
                + " last_sequence = case when last_sequence > ? then last_sequence else ? end"
                + " where post_id = ?")
        .params(utc(now), applied, lastSequence, lastSequence, postId)
        .update();
  }

  List<SyncMessages.PostContact> contacts() {
    return jdbc.sql("select * from syn_post order by post_id")
        .query(
            (rs, n) ->
                new SyncMessages.PostContact(
                    rs.getObject("post_id", UUID.class),
                    instant(rs.getObject("last_contact_at", OffsetDateTime.class)),
                    rs.getLong("last_sequence")))
        .list();
  }

  Optional<UUID> mergedInto(UUID travellerId) {
    return jdbc.sql("select surviving_id from syn_traveller_merge where merged_id = ?")
        .param(travellerId)
        .query(UUID.class)
        .optional();
  }

  void merge(UUID merged, UUID surviving, UUID postId, String reason, Instant now) {
    jdbc.sql(
            "insert into syn_traveller_merge (merged_id, surviving_id, post_id, reason, merged_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(merged, surviving, postId, reason, utc(now))
        .update();
  }

  private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime utc(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
