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

  /** Accepted difference between the post's clock and central's. */
  static final Duration SKEW = Duration.ofMinutes(5);

  private SignedCall() {}

  static String sign(ECKey key, UUID postId, byte[] body, Instant now) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(postId.toString())
            .audience(SyncPaths.AUDIENCE)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .claim("body_sha256", CodeHash.sha256(body))
            .build();
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

  /** The post that issued the token (not yet verified). */
  static UUID issuer(SignedJWT jwt) throws ParseException {
    return UUID.fromString(jwt.getJWTClaimsSet().getIssuer());
  }

  /**
   * True when the token is signed with this key, names it, is meant for central, is current (within
   * the allowed clock skew) and covers this body.
   */
  static boolean valid(SignedJWT jwt, ECKey key, String keyId, byte[] body, Instant now)
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
        && !expires.isAfter(issued.plus(LIFETIME))
        && expires.plus(SKEW).isAfter(now)
        && issued.minus(SKEW).isBefore(now)
        && CodeHash.sha256(body).equals(claims.getStringClaim("body_sha256"));
  }
}
