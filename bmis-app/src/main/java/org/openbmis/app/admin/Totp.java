package org.openbmis.app.admin;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): HMAC-SHA1, 30-second steps counted
 * from the Unix epoch, 6 digits by default. A code is accepted one step either side of now, and
 * only for a step after the last one accepted, so that no code is ever accepted twice.
 */
final class Totp {

  static final int STEP_SECONDS = 30;
  static final int DIGITS = 6;
  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private Totp() {}

  /** The time step of an instant: whole 30-second periods since the epoch. */
  static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The HOTP value of a counter (RFC 4226 section 5.3), {@code digits} long with leading zeros. */
  static String code(byte[] secret, long counter, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      String otp = Integer.toString(binary % POWERS[digits]);
      return "0".repeat(digits - otp.length()) + otp;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is not available", e);
    }
  }

  /**
   * The step a 6-digit code matches: now, one step before or one step after, and only if that step
   * is later than {@code lastAcceptedStep}; empty when the code matches no such step.
   */
  static OptionalLong match(byte[] secret, String code, Instant now, long lastAcceptedStep) {
    if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long s = current - 1; s <= current + 1; s++) {
      if (s > lastAcceptedStep && constantTimeEquals(code(secret, s, DIGITS), code)) {
        return OptionalLong.of(s);
      }
    }
    return OptionalLong.empty();
  }

  private static boolean constantTimeEquals(String a, String b) {
    return java.security.MessageDigest.isEqual(
        a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
