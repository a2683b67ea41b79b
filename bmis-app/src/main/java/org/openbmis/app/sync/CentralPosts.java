package org.openbmis.app.sync;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.admin.ReferenceTransfer;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.sync.SyncMessages.EnrolmentCode;
import org.openbmis.app.sync.SyncMessages.EnrolmentResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Headquarters' side of trust (ADR 0017): one-time enrolment codes (stored as SHA-256), the
 * enrolment of a post's public key, revocation, and the check of every signed call.
 */
@Service
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "central")
public class CentralPosts {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CentralPosts.class);

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private final CentralPostRepository repo;
  private final PostService posts;
  private final ReferenceTransfer reference;
  private final AuditLog audit;
  private final Clock clock;
  private final SyncProperties props;
  private final CentralKey centralKey;
  private final SecureRandom random = new SecureRandom();

  CentralPosts(
      CentralPostRepository repo,
      PostService posts,
      ReferenceTransfer reference,
      AuditLog audit,
      Clock clock,
      SyncProperties props,
      CentralKey centralKey) {
    this.repo = repo;
    this.posts = posts;
    this.reference = reference;
    this.audit = audit;
    this.clock = clock;
    this.props = props;
    this.centralKey = centralKey;
  }

  /** A post's verified call: the post, and the call's id (which a signed answer repeats). */
  public record Caller(UUID postId, String callId) {}

  /** A new one-time code for a post (404 for an unknown post); only its hash is kept. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public EnrolmentCode createCode(UUID postId, String username) {
    posts.post(postId);
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    Instant now = clock.instant();
    Instant expires = now.plus(props.codeValidity());
    repo.insertCode(CodeHash.of(code.toString()), postId, username, now, expires);
    audit.record(
        "sync.enrolment_code_created",
        "post",
        postId,
        AuditLog.Outcome.SUCCESS,
        "expires " + expires);
    return new EnrolmentCode(code.toString(), expires);
  }

  /** Revokes a post: every later call signed with its key is refused (404 if never enrolled). */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void revoke(UUID postId) {
    posts.post(postId);
    if (!repo.revoke(postId, clock.instant())) {
      throw new NotFoundProblem("sync.post_not_enrolled", "This post has not enrolled.");
    }
    audit.record("sync.post_revoked", "post", postId, AuditLog.Outcome.SUCCESS, null);
  }

  /** A post's enrolment: uses the code up, keeps the public key, hands over the reference data. */
  @Transactional
  public EnrolmentResponse enrol(String code, String publicKey) {
    ECKey key;
    try {
      key = ECKey.parse(publicKey);
    } catch (ParseException e) {
      throw new InvalidInputProblem("sync.public_key_invalid", "The public key is not an EC JWK.");
    }
    if (key.isPrivate() || !Curve.P_256.equals(key.getCurve()) || key.getKeyID() == null) {
      throw new InvalidInputProblem(
          "sync.public_key_invalid", "Send the public half of a P-256 key, with a key id.");
    }
    Instant now = clock.instant();
    Optional<UUID> post = repo.useCode(CodeHash.of(code), now);
    if (post.isEmpty()) {
      audit.record(
          null, null, "sync.enrolment_refused", "post", null, AuditLog.Outcome.DENIED, null);
      throw new AccessDeniedProblem(
          "sync.enrolment_code_invalid", "This enrolment code is unknown, used or expired.");
    }
    repo.enrol(post.get(), key.getKeyID(), key.toPublicJWK().toJSONString(), now);
    audit.record(
        "post:" + post.get(),
        null,
        "sync.post_enrolled",
        "post",
        post.get(),
        AuditLog.Outcome.SUCCESS,
        "key " + key.getKeyID());
    return new EnrolmentResponse(post.get(), reference.export(post.get()), centralKey.publicJwk());
  }

  /**
   * Checks a post's signed call: a JWT signed with its enrolled key, for central, recent, and bound
   * to the body (its SHA-256). Returns the post; refuses (403) anything else, audited.
   */
  @Transactional(noRollbackFor = AccessDeniedProblem.class)
  public UUID authenticate(@Nullable String authorization, byte[] body) {
    return caller(authorization, body).postId();
  }

  /** {@link #authenticate}, with the call's id. */
  @Transactional(noRollbackFor = AccessDeniedProblem.class)
  public Caller caller(@Nullable String authorization, byte[] body) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw new AccessDeniedProblem("sync.signature_missing", "This call must be signed.");
    }
    try {
      SignedJWT jwt = SignedJWT.parse(authorization.substring(7).trim());
      UUID postId = SignedCall.issuer(jwt);
      CentralPostRepository.EnrolledPost post =
          repo.find(postId).orElseThrow(() -> refused(null, "unknown post"));
      if (post.revokedAt() != null) {
        throw refused(postId, "revoked");
      }
      if (!SignedCall.valid(jwt, ECKey.parse(post.publicKey()), post.keyId(), body)) {
        throw refused(postId, "bad signature");
      }
      clockSkew(post, SignedCall.skew(jwt, clock.instant()).toSeconds());
      return new Caller(postId, SignedCall.callId(jwt));
    } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
      throw refused(null, "malformed token");
    }
  }

  /**
   * Keeps the post's clock skew; flags (log, audit) a post whose clock went more than 5 min off.
   */
  private void clockSkew(CentralPostRepository.EnrolledPost post, long seconds) {
    repo.clockSkew(post.postId(), seconds);
    long limit = SignedCall.SKEW.toSeconds();
    Long before = post.clockSkewSeconds();
    if (Math.abs(seconds) > limit && (before == null || Math.abs(before) <= limit)) {
      log.warn("Post {}: its clock is {} s off central's", post.postId(), seconds);
      audit.record(
          "post:" + post.postId(),
          null,
          "sync.clock_skew",
          "post",
          post.postId(),
          AuditLog.Outcome.FAILURE,
          seconds + " s");
    }
  }

  /** Every enrolled post with its contact. */
  @PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
  @Transactional(readOnly = true)
  public List<SyncMessages.PostContact> contacts() {
    return repo.contacts();
  }

  private AccessDeniedProblem refused(@Nullable UUID postId, String why) {
    audit.record(
        postId == null ? null : "post:" + postId,
        null,
        "sync.call_refused",
        "post",
        postId,
        AuditLog.Outcome.DENIED,
        why);
    String code = "revoked".equals(why) ? "sync.post_revoked" : "sync.signature_invalid";
    return new AccessDeniedProblem(
        code, "revoked".equals(why) ? "This post has been revoked." : "The signature is invalid.");
  }
}
