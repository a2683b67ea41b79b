package org.openbmis.app.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code adm_api_token} table: only hashes of tokens are stored. */
@Repository
class ApiTokenRepository {

  /** What authentication needs to know of a token. */
  record Known(UUID id, String username, Instant expiresAt, int credentialVersion) {}

  private static final String SUMMARY =
      """
      select t.id, u.username, t.name, t.created_at, t.expires_at, t.revoked_at, t.revoked_reason
      from adm_api_token t join adm_user u on u.id = t.user_id""";

  private final JdbcClient jdbc;

  ApiTokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      UUID id,
      UUID userId,
      String name,
      String hash,
      Instant now,
      Instant expires,
      int credentialVersion) {
    jdbc.sql(
            """
            insert into adm_api_token (id, user_id, name, token_hash, created_at, expires_at,
              credential_version) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, userId, name, hash, utc(now), utc(expires), credentialVersion)
        .update();
  }

  Optional<Known> findActive(String hash, Instant now) {
    return jdbc.sql(
            """
            select t.id, u.username, t.expires_at, t.credential_version
            from adm_api_token t join adm_user u on u.id = t.user_id
            where t.token_hash = ? and t.revoked_at is null and t.expires_at > ?
              and u.enabled = true""")
        .params(hash, utc(now))
        .query(
            (rs, n) ->
                new Known(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class).toInstant(),
                    rs.getInt(4)))
        .optional();
  }

  List<ApiTokenSummary> ofUser(UUID userId, Instant now) {
    return jdbc.sql(SUMMARY + " where t.user_id = ? order by t.created_at desc")
        .param(userId)
        .query((rs, n) -> summary(rs, now))
        .list();
  }

  /** Every user's tokens, newest first: the open ones only unless {@code ended}. */
  List<ApiTokenSummary> all(boolean ended, Instant now, int limit) {
    String open =
        ended ? "" : " where t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)";
    var q =
        jdbc.sql(
            SUMMARY + open + " order by t.created_at desc fetch first " + limit + " rows only");
    if (!ended) {
      q = q.param(java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
    }
    return q.query((rs, n) -> summary(rs, now)).list();
  }

  Optional<ApiTokenSummary> find(UUID id, Instant now) {
    return jdbc.sql(SUMMARY + " where t.id = ?")
        .param(id)
        .query((rs, n) -> summary(rs, now))
        .optional();
  }

  Optional<UUID> owner(UUID id) {
    return jdbc.sql("select user_id from adm_api_token where id = ?")
        .param(id)
        .query(UUID.class)
        .optional();
  }

  /** Revokes one token; false when it was already revoked. */
  boolean revoke(UUID id, Instant now, String reason) {
    return jdbc.sql(
                "update adm_api_token set revoked_at = ?, revoked_reason = ? where id = ? and revoked_at is null")
            .params(utc(now), reason, id)
            .update()
        > 0;
  }

  /** The ids of a user's tokens still open (not revoked, not expired). */
  List<UUID> openOf(UUID userId, Instant now) {
    return jdbc.sql(
            "select id from adm_api_token where user_id = ? and revoked_at is null and expires_at > ?")
        .params(userId, utc(now))
        .query(UUID.class)
        .list();
  }

  private static ApiTokenSummary summary(ResultSet rs, Instant now) throws SQLException {
    Instant expires = instant(rs.getObject(5, OffsetDateTime.class));
    Instant revoked = instant(rs.getObject(6, OffsetDateTime.class));
    return new ApiTokenSummary(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, OffsetDateTime.class).toInstant(),
        expires,
        revoked,
        rs.getString(7),
        revoked == null && expires != null && expires.isAfter(now));
  }

  private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
