package org.openbmis.app.sync;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.UUID;
import org.openbmis.app.shared.OwnerOnlyFiles;

/**
 * A post's own key pair (EC P-256), kept in its working folder in an owner-only file; only the
 * public half ever leaves the post. Signs each call as a short-lived JWT bound to the body.
 */
final class PostKey {

  static final String FILE = "post-key.jwk";
  private final ECKey key;

  private PostKey(ECKey key) {
    this.key = key;
  }

  /** A new key pair, written to the folder (replacing an earlier one). */
  static PostKey create(Path folder) throws IOException {
    try {
      ECKey key = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
      Files.createDirectories(folder);
      OwnerOnlyFiles.write(folder.resolve(FILE), key.toJSONString());
      return new PostKey(key);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot create the post's key pair", e);
    }
  }

  static PostKey load(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    try {
      return new PostKey(ECKey.parse(Files.readString(file)));
    } catch (ParseException e) {
      throw new IOException(file + " is not a key", e);
    }
  }

  String keyId() {
    return key.getKeyID();
  }

  String publicJwk() {
    return key.toPublicJWK().toJSONString();
  }

  /** A JWT for one call: issued by the post, for central, valid two minutes, over this body. */
  String sign(UUID postId, byte[] body, Instant now) {
    return SignedCall.sign(key, postId, body, now);
  }

  /** {@link #sign} naming the call, whose id central's signed answer repeats. */
  String sign(UUID postId, byte[] body, Instant now, String callId) {
    return SignedCall.sign(key, postId, body, now, callId);
  }
}
