package org.openbmis.app;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Codes an authenticator app would show (RFC 6238, HMAC-SHA1, 6 digits, 30 s), computed here
 * independently of the application's own implementation. {@link #next} never hands out the same
 * step twice for a user, as the application accepts each step once: a test signing in several times
 * takes the next step (the application accepts one step ahead) and waits when it must.
 */
public final class SecondFactorCodes {

  private static final Map<String, Long> LAST_STEP = new HashMap<>();

  private SecondFactorCodes() {}

  /** A code the application has not accepted yet for this user (waits up to 30 s if needed). */
  public static synchronized String next(String username, byte[] secret) {
    long now = step(Instant.now());
    long step = Math.max(now, LAST_STEP.getOrDefault(username, 0L) + 1);
    while (step > step(Instant.now()) + 1) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    LAST_STEP.put(username, step);
    return code(secret, step);
  }

  public static long step(Instant at) {
    return at.getEpochSecond() / 30;
  }

  public static String code(byte[] secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int o = h[19] & 0xf;
      int v = ByteBuffer.wrap(h, o, 4).getInt() & 0x7fffffff;
      return String.format("%06d", v % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
