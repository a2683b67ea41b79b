package org.openbmis.app.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 in hex: of an enrolment code (as stored) and of a batch (as signed). */
final class CodeHash {

  private CodeHash() {}

  static String of(String code) {
    return sha256(normalise(code).getBytes(StandardCharsets.US_ASCII));
  }

  /** The code as typed, without its group dashes, spaces or lower case. */
  static String normalise(String code) {
    return code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
