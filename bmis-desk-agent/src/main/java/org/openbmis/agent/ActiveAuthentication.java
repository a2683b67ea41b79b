package org.openbmis.agent;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Active authentication (Doc 9303 part 11 section 6.1): the chip signs a random challenge with the
 * private key whose public half DG15 holds, proving it is not a copy. RSA answers with ISO/IEC
 * 9796-2 scheme 1 (message recovery; SHA-1 with the implicit trailer, or an explicit trailer naming
 * SHA-224 ... SHA-512); ECDSA answers with a plain r || s signature over the challenge.
 */
public final class ActiveAuthentication {

  /** The outcome reported to the application. */
  public enum Result {
    PASSED,
    FAILED,
    NOT_SUPPORTED
  }

  private static final List<Supplier<Digest>> DIGESTS =
      List.of(
          SHA1Digest::new,
          SHA256Digest::new,
          SHA224Digest::new,
          SHA384Digest::new,
          SHA512Digest::new);

  /** The chip's side: signs the challenge (a real chip over APDUs, or a simulated one). */
  @FunctionalInterface
  public interface Responder {
    byte[] answer(byte[] challenge) throws java.io.IOException;
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private ActiveAuthentication() {}

  /**
   * Runs active authentication: NOT_SUPPORTED without DG15, else a fresh 8-byte challenge, the
   * chip's answer, and PASSED only when it verifies with DG15's key.
   */
  public static Result run(byte[] dg15, Responder chip) {
    if (dg15 == null) {
      return Result.NOT_SUPPORTED;
    }
    try {
      PublicKey key = publicKey(dg15);
      byte[] challenge = new byte[8];
      RANDOM.nextBytes(challenge);
      return verify(key, challenge, chip.answer(challenge)) ? Result.PASSED : Result.FAILED;
    } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
      return Result.FAILED;
    }
  }

  /** The public key in DG15 (tag 0x6F around a SubjectPublicKeyInfo). */
  public static PublicKey publicKey(byte[] dg15) throws GeneralSecurityException {
    if (dg15 == null || dg15.length < 4 || (dg15[0] & 0xff) != 0x6F) {
      throw new GeneralSecurityException("Not DG15");
    }
    int p = 1;
    int len = dg15[p++] & 0xff;
    if (len > 0x80) {
      int count = len & 0x7f;
      len = 0;
      for (int i = 0; i < count; i++) {
        len = (len << 8) | (dg15[p++] & 0xff);
      }
    }
    byte[] spki = Arrays.copyOfRange(dg15, p, p + len);
    for (String algorithm : List.of("RSA", "EC")) {
      try {
        return KeyFactory.getInstance(algorithm, new BouncyCastleProvider())
            .generatePublic(new X509EncodedKeySpec(spki));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new GeneralSecurityException("DG15 holds no RSA or EC public key");
  }

  /** Whether {@code response} is the chip's valid answer to {@code challenge}. */
  public static boolean verify(PublicKey key, byte[] challenge, byte[] response) {
    if (key instanceof RSAPublicKey rsa) {
      return verifyRsa(rsa, challenge, response);
    }
    return verifyEc(key, challenge, response);
  }

  private static boolean verifyRsa(RSAPublicKey key, byte[] challenge, byte[] response) {
    var params = new RSAKeyParameters(false, key.getModulus(), key.getPublicExponent());
    for (Supplier<Digest> digest : DIGESTS) {
      for (boolean implicit : new boolean[] {true, false}) {
        try {
          var signer = new ISO9796d2Signer(new RSABlindedEngine(), digest.get(), implicit);
          signer.init(false, params);
          signer.updateWithRecoveredMessage(response);
          signer.update(challenge, 0, challenge.length);
          if (signer.verifySignature(response)) {
            return true;
          }
        } catch (Exception e) {
          // another digest or trailer, or not a signature at all
        }
      }
    }
    return false;
  }

  private static boolean verifyEc(PublicKey key, byte[] challenge, byte[] response) {
    if (response.length % 2 != 0 || response.length == 0) {
      return false;
    }
    int half = response.length / 2;
    var rs = new ASN1EncodableVector();
    rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(response, 0, half))));
    rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(response, half, response.length))));
    for (String algorithm :
        List.of("SHA1withECDSA", "SHA224withECDSA", "SHA256withECDSA", "SHA384withECDSA")) {
      try {
        Signature s = Signature.getInstance(algorithm, new BouncyCastleProvider());
        s.initVerify(key);
        s.update(challenge);
        if (s.verify(new DERSequence(rs).getEncoded())) {
          return true;
        }
      } catch (Exception e) {
        // try the next digest
      }
    }
    return false;
  }
}
