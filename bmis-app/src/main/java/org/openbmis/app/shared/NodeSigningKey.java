package org.openbmis.app.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The node's Ed25519 key pair (JDK), generated at first use under the audit folder: the private key
 * readable by its owner only ({@code node-key.pem}), the public key beside it ({@code
 * node-key.pub.pem}) for export. It signs the audit chain's heads.
 */
final class NodeSigningKey {

  static final String ALGORITHM = "Ed25519";

  private final KeyPair pair;

  private NodeSigningKey(KeyPair pair) {
    this.pair = pair;
  }

  /** Loads the key pair from the folder, or generates and stores one there. */
  static synchronized NodeSigningKey in(Path folder) {
    Path privateFile = folder.resolve("node-key.pem");
    Path publicFile = folder.resolve("node-key.pub.pem");
    try {
      KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
      if (Files.exists(privateFile) && Files.exists(publicFile)) {
        PrivateKey priv =
            factory.generatePrivate(new PKCS8EncodedKeySpec(pem(Files.readString(privateFile))));
        PublicKey pub =
            factory.generatePublic(new X509EncodedKeySpec(pem(Files.readString(publicFile))));
        return new NodeSigningKey(new KeyPair(pub, priv));
      }
      KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
      OwnerOnlyFiles.write(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
      Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
      return new NodeSigningKey(pair);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the node's signing key in " + folder, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the node's signing key in " + folder + " is unusable", e);
    }
  }

  /** The public key, X.509 encoded, base64. */
  String publicKey() {
    return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
  }

  /** The public key as a PEM text. */
  String publicKeyPem() {
    return pem("PUBLIC KEY", pair.getPublic().getEncoded());
  }

  /** The signature of a message, base64. */
  String sign(byte[] message) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(pair.getPrivate());
      s.update(message);
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  /** Whether a base64 signature of the message was made with this node's key. */
  boolean verifies(byte[] message, String signature) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(pair.getPublic());
      s.update(message);
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static byte[] pem(String text) {
    return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").trim());
  }
}
