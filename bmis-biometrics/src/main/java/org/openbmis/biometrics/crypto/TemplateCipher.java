package org.openbmis.biometrics.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts templates and images at rest with AES-256-GCM. Each record gets a fresh random 12-byte
 * IV; the record id is bound as associated data, so a record copied under another id fails to
 * decrypt. Layout: version byte {@code 1}, IV (12 bytes), ciphertext with the 16-byte tag.
 * Thread-safe. The key comes from the caller (configuration or a PKCS12 keystore), never from the
 * repository.
 */
public final class TemplateCipher {
  private static final byte VERSION = 1;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  /**
   * Creates a cipher from a raw key.
   *
   * @param key 32 bytes (AES-256)
   * @throws IllegalArgumentException if the key is not 32 bytes
   * @throws NullPointerException if key is null
   */
  public TemplateCipher(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length != 32) {
      throw new IllegalArgumentException("AES-256 key must be 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /**
   * Creates a cipher from a base64-encoded 256-bit key.
   *
   * @param base64Key the key in base64
   * @return the cipher
   * @throws IllegalArgumentException if the text is not base64 or not 32 bytes long
   * @throws NullPointerException if base64Key is null
   */
  public static TemplateCipher fromBase64(String base64Key) {
    return new TemplateCipher(Base64.getDecoder().decode(base64Key.strip()));
  }

  /**
   * Creates a cipher from an AES secret key entry of a loaded keystore (e.g. PKCS12).
   *
   * @param keyStore the loaded keystore
   * @param alias the entry's alias
   * @param password the entry's password
   * @return the cipher
   * @throws GeneralSecurityException if the entry cannot be recovered
   * @throws IllegalArgumentException if the entry is missing or not a 256-bit AES key
   * @throws NullPointerException if an argument is null
   */
  public static TemplateCipher fromKeyStore(KeyStore keyStore, String alias, char[] password)
      throws GeneralSecurityException {
    Key k = keyStore.getKey(alias, password);
    if (!(k instanceof SecretKey) || !"AES".equalsIgnoreCase(k.getAlgorithm())) {
      throw new IllegalArgumentException("no AES secret key under alias " + alias);
    }
    return new TemplateCipher(k.getEncoded());
  }

  /**
   * Encrypts a record.
   *
   * @param recordId the record's id, bound as associated data
   * @param plaintext the template or image bytes
   * @return version, IV and ciphertext with tag
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the platform lacks AES-GCM
   */
  public byte[] encrypt(String recordId, byte[] plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher c = cipher(Cipher.ENCRYPT_MODE, iv, recordId);
      byte[] sealed = c.doFinal(plaintext);
      return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
          .put(VERSION)
          .put(iv)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /**
   * Decrypts a record.
   *
   * @param recordId the id the record was encrypted under
   * @param sealed the output of {@link #encrypt(String, byte[])}
   * @return the plaintext
   * @throws TemplateCipherException if the record is malformed, was tampered with, belongs to
   *     another id or was encrypted with another key
   * @throws NullPointerException if an argument is null
   */
  public byte[] decrypt(String recordId, byte[] sealed) {
    Objects.requireNonNull(sealed, "sealed");
    if (sealed.length < 1 + IV_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
      throw new TemplateCipherException("not an encrypted record of version " + VERSION);
    }
    try {
      byte[] iv = java.util.Arrays.copyOfRange(sealed, 1, 1 + IV_BYTES);
      Cipher c = cipher(Cipher.DECRYPT_MODE, iv, recordId);
      return c.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new TemplateCipherException("record failed authentication", e);
    }
  }

  private Cipher cipher(int mode, byte[] iv, String recordId) throws GeneralSecurityException {
    Objects.requireNonNull(recordId, "recordId");
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    c.updateAAD(recordId.getBytes(StandardCharsets.UTF_8));
    return c;
  }
}
