package org.openbmis.app.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NodeChanges;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Uuids;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for systems (kiosks, e-gates, the load driver): {@code Authorization: Bearer
 * bmis_...}. Only a SHA-256 hash is stored; the token is shown once. A token is issued only from a
 * password sign-in (never by another token), for at most {@code bmis.security.max-token-days}; it
 * ends when revoked, when it expires, or when its owner's password, roles, post or enabled state
 * change. Every issue and revocation is audited.
 */
@Service
public class ApiTokenService {

  /** A token as returned once at creation. */
  public record IssuedToken(UUID id, String name, String token, Instant expiresAt) {}

  /** The details of an authentication made with a token (see {@link ApiTokenFilter}). */
  record TokenDetails(UUID tokenId) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration RECHECK = Duration.ofSeconds(10);

  private record Checked(ApiTokenRepository.Known token, Instant checkedAt) {}

  private final ConcurrentHashMap<String, Checked> recent = new ConcurrentHashMap<>();

  private final ApiTokenRepository repo;
  private final UserRepository users;
  private final PrincipalCache principals;
  private final AccessProperties props;
  private final AuditLog audit;
  private final Clock clock;
  private final NodeChanges changes;

  ApiTokenService(
      ApiTokenRepository repo,
      UserRepository users,
      PrincipalCache principals,
      AccessProperties props,
      AuditLog audit,
      Clock clock,
      NodeChanges changes) {
    this.repo = repo;
    this.users = users;
    this.principals = principals;
    this.props = props;
    this.audit = audit;
    this.clock = clock;
    this.changes = changes;
    // a token revoked or an account changed in another central process (ADR 0027)
    changes.onChange(NodeChanges.ACCOUNTS, recent::clear);
  }

  /** The longest validity an administrator allows, in days. */
  public int maxDays() {
    return props.maxTokenDays();
  }

  /** Issues a token for the user signed in with their password, valid for the given days. */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public IssuedToken issue(String name, int days) {
    Actor actor = CurrentActor.get();
    if (byToken()) {
      audit.record("admin.token_issued", "token", null, AuditLog.Outcome.DENIED, "by a token");
      throw new AccessDeniedProblem(
          "auth.token_cannot_issue", "Sign in with your password to issue an API token.");
    }
    if (days < 1 || days > props.maxTokenDays()) {
      throw new InvalidInputProblem(
          "admin.token_too_long",
          "A token is valid for 1 to " + props.maxTokenDays() + " days.",
          List.of(
              new InvalidInputProblem.FieldError(
                  "days", "admin.token_too_long", "At most " + props.maxTokenDays() + " days.")));
    }
    int version = principals.load(actor.username()).orElseThrow().credentialVersion();
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = "bmis_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    Instant expires = now.plus(Duration.ofDays(days));
    UUID id = Uuids.timeOrdered();
    repo.insert(id, actor.userId(), name, hash(token), now, expires, version);
    audit.record("admin.token_issued", "token", id, AuditLog.Outcome.SUCCESS, name);
    return new IssuedToken(id, name, token, expires);
  }

  /** The signed-in user's own tokens, newest first. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<ApiTokenSummary> mine() {
    return repo.ofUser(CurrentActor.get().userId(), clock.instant());
  }

  /** Revokes one of the signed-in user's own tokens (404 for anyone else's). */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public ApiTokenSummary revokeMine(UUID id) {
    UUID owner = repo.owner(id).orElse(null);
    if (!CurrentActor.get().userId().equals(owner)) {
      throw notFound();
    }
    return revoke(id, "revoked");
  }

  /** Any user's tokens, for administrators. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<ApiTokenSummary> tokensOf(String username) {
    UserAccount user =
        users
            .findByUsername(username)
            .orElseThrow(() -> new NotFoundProblem("admin.user_not_found", "No such user."));
    return repo.ofUser(user.id(), clock.instant());
  }

  /** Any user's tokens, for administrators. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<ApiTokenSummary> tokensOf(UUID userId) {
    return repo.ofUser(userId, clock.instant());
  }

  /** The most tokens one listing shows. */
  public static final int LIST_LIMIT = 500;

  /**
   * Every user's tokens, for administrators: the open ones, or all of them with {@code ended}
   * (newest first, at most {@value #LIST_LIMIT}). Audited: it shows who may call the API.
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public List<ApiTokenSummary> everyone(boolean ended) {
    List<ApiTokenSummary> list = repo.all(ended, clock.instant(), LIST_LIMIT);
    audit.record(
        "admin.tokens_listed",
        null,
        null,
        AuditLog.Outcome.SUCCESS,
        (ended ? "all" : "active") + " tokens=" + list.size());
    return list;
  }

  /** Revokes anyone's token, for administrators. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public ApiTokenSummary revokeAny(UUID id) {
    if (repo.owner(id).isEmpty()) {
      throw notFound();
    }
    return revoke(id, "revoked");
  }

  /** Ends every open token of a user whose credentials changed (one audit entry per token). */
  void revokeAllOf(UUID userId, String reason) {
    for (UUID id : repo.openOf(userId, clock.instant())) {
      revoke(id, reason);
    }
  }

  private ApiTokenSummary revoke(UUID id, String reason) {
    Instant now = clock.instant();
    if (repo.revoke(id, now, reason)) {
      recent.values().removeIf(c -> c.token().id().equals(id));
      changes.changed(NodeChanges.ACCOUNTS);
      audit.record("admin.token_revoked", "token", id, AuditLog.Outcome.SUCCESS, reason);
    }
    return repo.find(id, now).orElseThrow(ApiTokenService::notFound);
  }

  /**
   * The principal behind a token. A known token is remembered for a few seconds (by its hash) so
   * that a busy desk client does not cost a database read per request; the account itself comes
   * from the {@link PrincipalCache}, evicted at once when the account changes, and its credentials
   * version must still be the one the token was issued under.
   */
  Optional<Authentication> authenticate(String token) {
    String hash = hash(token);
    Instant now = clock.instant();
    Checked checked = recent.get(hash);
    if (checked == null || checked.checkedAt().plus(RECHECK).isBefore(now)) {
      var known = repo.findActive(hash, now);
      if (known.isEmpty()) {
        recent.remove(hash);
        return Optional.empty();
      }
      if (recent.size() > 10_000) {
        recent.clear();
      }
      checked = new Checked(known.get(), now);
      recent.put(hash, checked);
    }
    ApiTokenRepository.Known known = checked.token();
    BmisPrincipal principal = principals.load(known.username()).orElse(null);
    if (!known.expiresAt().isAfter(now)
        || principal == null
        || principal.credentialVersion() != known.credentialVersion()) {
      recent.remove(hash);
      return Optional.empty();
    }
    return Optional.of(ApiTokenFilter.authentication(principal, new TokenDetails(known.id())));
  }

  /** Whether the current request was authenticated with an API token. */
  static boolean byToken() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getDetails() instanceof TokenDetails;
  }

  private static NotFoundProblem notFound() {
    return new NotFoundProblem("admin.token_not_found", "No such API token.");
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
