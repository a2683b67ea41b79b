package org.openbmis.app.shared;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Time-ordered UUIDs (RFC 9562 version 7), created where the record is born (a post). The 74 random
 * bits come from {@link ThreadLocalRandom}: ids must be unique, not secret (access is checked on
 * every request), and a shared {@code SecureRandom} serialises busy desks on its lock.
 */
public final class Uuids {

  private Uuids() {}

  /** A new version 7 UUID: 48 bits of Unix milliseconds, then random bits. */
  public static UUID timeOrdered() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long millis = System.currentTimeMillis();
    long randA = random.nextInt(1 << 12);
    long msb = (millis << 16) | 0x7000L | randA;
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }
}
