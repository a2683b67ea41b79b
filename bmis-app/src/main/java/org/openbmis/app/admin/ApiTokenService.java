package org.openbmis.app.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Uuids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for systems (kiosks, e-gates, the load driver): {@code Authorization: Bearer
 * bmis_...}. Only a SHA-256 hash is stored; the token is shown once.
 */
@Service
public class ApiTokenService {

  /** A token as returned once at creation. */
  public record IssuedToken(UUID id, String name, String token, Instant expiresAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration RECHECK = Duration.ofSeconds(10);

  private record KnownToken(String username, Instant expiresAt, Instant checkedAt) {}

  private final ConcurrentHashMap<String, KnownToken> recent = new ConcurrentHashMap<>();

  private final JdbcClient jdbc;
  private final PrincipalCache principals;
  private final AuditLog audit;
  private final Clock clock;

  ApiTokenService(JdbcClient jdbc, PrincipalCache principals, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.principals = principals;
    this.audit = audit;
    this.clock = clock;
  }

  /** Issues a token for the signed-in user, valid for the given number of days (1-365). */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public IssuedToken issue(String name, int days) {
    Actor actor = CurrentActor.get();
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = "bmis_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    Instant expires = now.plus(Duration.ofDays(Math.max(1, Math.min(days, 365))));
    UUID id = Uuids.timeOrdered();
    jdbc.sql(
            "insert into adm_api_token (id, user_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?, ?)")
        .params(id, actor.userId(), name, hash(token), utc(now), utc(expires))
        .update();
    audit.record("admin.token_issued", "token", id, AuditLog.Outcome.SUCCESS, name);
    return new IssuedToken(id, name, token, expires);
  }

  /**
   * The principal behind a token. A known token is remembered for a few seconds (by its hash, with
   * its expiry) so that a busy desk client does not cost a database read per request; the account
   * itself comes from the {@link PrincipalCache}, which drops disabled or changed accounts at once.
   */
  Optional<BmisPrincipal> authenticate(String token) {
    String hash = hash(token);
    Instant now = clock.instant();
    KnownToken known = recent.get(hash);
    if (known == null || known.checkedAt().plus(RECHECK).isBefore(now)) {
      known =
          jdbc.sql(
                  """
                  select u.username, t.expires_at from adm_api_token t join adm_user u on u.id = t.user_id
                  where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.enabled = true""")
              .params(hash, utc(now))
              .query(
                  (rs, n) ->
                      new KnownToken(
                          rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), now))
              .optional()
              .orElse(null);
      if (known == null) {
        recent.remove(hash);
        return Optional.empty();
      }
      if (recent.size() > 10_000) {
        recent.clear();
      }
      recent.put(hash, known);
    }
    if (!known.expiresAt().isAfter(now)) {
      recent.remove(hash);
      return Optional.empty();
    }
    return principals.load(known.username());
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  static String hash(String token) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
