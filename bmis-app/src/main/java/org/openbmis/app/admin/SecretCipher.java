package org.openbmis.app.admin;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Keeps TOTP secrets encrypted at rest (AES-256-GCM, {@code v1:} + base64 of nonce and ciphertext)
 * when a key is configured; without one they are stored as {@code plain:} + base32, so that a key
 * added later still reads them (they are re-encrypted at the next enrolment).
 */
final class SecretCipher {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE = 12;

  private final @Nullable SecretKeySpec key;

  SecretCipher(String base64Key) {
    if (base64Key.isBlank()) {
      this.key = null;
    } else {
      byte[] bytes = Base64.getDecoder().decode(base64Key);
      if (bytes.length != 32) {
        throw new IllegalArgumentException(
            "bmis.security.second-factor.key must be 32 bytes in base64");
      }
      this.key = new SecretKeySpec(bytes, "AES");
    }
  }

  boolean encrypts() {
    return key != null;
  }

  String seal(byte[] secret) {
    if (key == null) {
      return "plain:" + Base32.encode(secret);
    }
    try {
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      byte[] sealed = c.doFinal(secret);
      byte[] all = ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
      return "v1:" + Base64.getEncoder().encodeToString(all);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt the secret", e);
    }
  }

  /** Whether the secret is stored without encryption ({@code plain:}). */
  static boolean plain(String stored) {
    return stored.startsWith("plain:");
  }

  /** Whether this key opens the encrypted secret (AES-GCM authenticates: no other key does). */
  boolean opens(String stored) {
    if (key == null || !stored.startsWith("v1:")) {
      return false;
    }
    try {
      open(stored);
      return true;
    } catch (IllegalStateException | IllegalArgumentException e) {
      return false;
    }
  }

  byte[] open(String stored) {
    if (stored.startsWith("plain:")) {
      return Base32.decode(stored.substring(6));
    }
    if (key == null || !stored.startsWith("v1:")) {
      throw new IllegalStateException(
          "A second-factor secret is encrypted but bmis.security.second-factor.key is not set");
    }
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(3));
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE));
      return c.doFinal(all, NONCE, all.length - NONCE);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decrypt a second-factor secret", e);
    }
  }
}
