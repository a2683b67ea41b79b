package org.openbmis.app.sync;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A post's signed call (ADR 0017): a JWT (ES256) issued by the post for central, valid for two
 * minutes, carrying the SHA-256 of the body it travels with. The one place that meets nimbus's
 * {@code java.util.Date}.
 */
final class SignedCall {

  static final Duration LIFETIME = Duration.ofMinutes(2);

  /** A post whose clock is further off than this is flagged. */
  static final Duration SKEW = Duration.ofMinutes(5);

  /** The issuer of central's signed answers. */
  static final String CENTRAL = "openbmis-central";

  private SignedCall() {}

  static String sign(ECKey key, UUID postId, byte[] body, Instant now) {
    return sign(key, postId, body, now, UUID.randomUUID().toString());
  }

  /** {@link #sign} with the call's id ({@code jti}), which central's signed answer repeats. */
  static String sign(ECKey key, UUID postId, byte[] body, Instant now, String callId) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(postId.toString())
            .audience(SyncPaths.AUDIENCE)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .jwtID(callId)
            .claim("body_sha256", CodeHash.sha256(body))
            .build();
    return serialize(key, claims);
  }

  /**
   * Central's signature over its answer to a post's call (ADR 0017): issued by central for that
   * post, naming the call it answers ({@code nonce} = the call's {@code jti}, so an old answer
   * cannot be replayed to the post) and carrying the SHA-256 of the exact body.
   */
  static String signReply(ECKey key, UUID postId, String callId, byte[] body, Instant now) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(CENTRAL)
            .audience(postId.toString())
            .issueTime(Date.from(now))
            .claim("nonce", callId)
            .claim("body_sha256", CodeHash.sha256(body))
            .build();
    return serialize(key, claims);
  }

  /**
   * True when central's answer is signed with central's key (learnt at enrolment), meant for this
   * post, answers this call and covers this body. Its time is central's and is not compared with
   * the post's clock: the nonce already ties it to this call.
   */
  static boolean validReply(
      String token, ECKey centralKey, UUID postId, String callId, byte[] body) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      return JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
          && jwt.verify(new ECDSAVerifier(centralKey))
          && CENTRAL.equals(claims.getIssuer())
          && claims.getAudience() != null
          && claims.getAudience().contains(postId.toString())
          && callId.equals(claims.getStringClaim("nonce"))
          && CodeHash.sha256(body).equals(claims.getStringClaim("body_sha256"));
    } catch (ParseException | JOSEException | IllegalStateException e) {
      return false;
    }
  }

  /** The call's id ({@code jti}), repeated in central's signed answer. */
  static String callId(SignedJWT jwt) throws ParseException {
    String id = jwt.getJWTClaimsSet().getJWTID();
    return id == null ? "" : id;
  }

  private static String serialize(ECKey key, JWTClaimsSet claims) {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign", e);
    }
    return jwt.serialize();
  }

  /** How far the post's clock is ahead of central's (negative: behind), from the issue time. */
  static Duration skew(SignedJWT jwt, Instant now) throws ParseException {
    Date iat = jwt.getJWTClaimsSet().getIssueTime();
    return iat == null ? Duration.ZERO : Duration.between(now, iat.toInstant());
  }

  /** The post that issued the token (not yet verified). */
  static UUID issuer(SignedJWT jwt) throws ParseException {
    return UUID.fromString(jwt.getJWTClaimsSet().getIssuer());
  }

  /**
   * True when the token is signed with this key, names it, is meant for central, lives two minutes
   * at most and covers this body. Its times are the post's: a post whose clock is off (hours, after
   * a dead CMOS battery) must still deliver, so they are not compared with central's clock here
   * ({@link #skew}); a replayed token can only carry its own body again, which central applies
   * once.
   */
  static boolean valid(SignedJWT jwt, ECKey key, String keyId, byte[] body)
      throws ParseException, JOSEException {
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    Date exp = claims.getExpirationTime();
    Date iat = claims.getIssueTime();
    if (exp == null || iat == null || claims.getAudience() == null) {
      return false;
    }
    Instant issued = iat.toInstant();
    Instant expires = exp.toInstant();
    return keyId.equals(jwt.getHeader().getKeyID())
        && JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
        && jwt.verify(new ECDSAVerifier(key))
        && claims.getAudience().contains(SyncPaths.AUDIENCE)
        && expires.isAfter(issued)
        && !expires.isAfter(issued.plus(LIFETIME))
        && CodeHash.sha256(body).equals(claims.getStringClaim("body_sha256"));
  }
}
