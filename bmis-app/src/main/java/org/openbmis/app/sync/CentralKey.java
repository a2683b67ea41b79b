package org.openbmis.app.sync;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.UUID;
import org.openbmis.app.shared.OwnerOnlyFiles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Headquarters' own key pair (EC P-256), kept like a post's: an owner-only file in the sync folder,
 * created at the first start. It signs every dataset central hands a post; posts learn the public
 * half at enrolment. Central processes that scale out share the folder (or a copy of the file).
 */
@Component
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "central")
class CentralKey {

  static final String FILE = "central-key.jwk";
  private final ECKey key;

  CentralKey(SyncProperties props) {
    this.key = loadOrCreate(props.folder().resolve(FILE));
  }

  private static synchronized ECKey loadOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return ECKey.parse(Files.readString(file));
      }
      ECKey created =
          new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
      Files.createDirectories(file.getParent());
      OwnerOnlyFiles.write(file, created.toJSONString());
      return created;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep central's key in " + file, e);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException(file + " is not a key", e);
    }
  }

  String publicJwk() {
    return key.toPublicJWK().toJSONString();
  }

  /** Signs central's answer to a post's call. */
  String signReply(UUID postId, String callId, byte[] body, Instant now) {
    return SignedCall.signReply(key, postId, callId, body, now);
  }
}
