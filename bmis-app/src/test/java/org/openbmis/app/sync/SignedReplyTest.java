package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Central's signature over its answer to a post's pull (ADR 0017): the post accepts it only from
 * central's key, for itself, for the call it made and over the exact bytes it received.
 */
class SignedReplyTest {

  final ECKey central = key("central");
  final ECKey centralPublic = central.toPublicJWK();
  final UUID post = UUID.randomUUID();
  final String call = UUID.randomUUID().toString();
  final byte[] body = "{\"updates\":[]}".getBytes(StandardCharsets.UTF_8);
  final String token = SignedCall.signReply(central, post, call, body, Instant.now());

  @Test
  void theAnswerAsSignedIsAccepted() {
    assertThat(SignedCall.validReply(token, centralPublic, post, call, body)).isTrue();
  }

  @Test
  void otherBytesAnotherCallAnotherPostOrAnotherKeyAreRefused() {
    byte[] tampered = "{\"updates\":[1]}".getBytes(StandardCharsets.UTF_8);
    assertThat(SignedCall.validReply(token, centralPublic, post, call, tampered)).isFalse();
    assertThat(SignedCall.validReply(token, centralPublic, post, "another call", body)).isFalse();
    assertThat(SignedCall.validReply(token, centralPublic, UUID.randomUUID(), call, body))
        .isFalse();
    assertThat(SignedCall.validReply(token, key("stranger").toPublicJWK(), post, call, body))
        .isFalse();
  }

  @Test
  void aPostsOwnCallTokenOrGarbageIsNoAnswer() {
    // a post's signed call (issuer: the post, audience: central), even with central's key
    String call = SignedCall.sign(central, post, body, Instant.now(), this.call);
    assertThat(SignedCall.validReply(call, centralPublic, post, this.call, body)).isFalse();
    assertThat(SignedCall.validReply("", centralPublic, post, this.call, body)).isFalse();
    assertThat(SignedCall.validReply("a.b.c", centralPublic, post, this.call, body)).isFalse();
  }

  private static ECKey key(String id) {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(id).generate();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
