package org.openbmis.app.demo;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Version 7 UUIDs for seeded records: the record's own time, random bits from the seeded Random.
 */
final class DemoIds {

  private DemoIds() {}

  static UUID at(Instant time, Random random) {
    long msb = (time.toEpochMilli() << 16) | 0x7000L | random.nextInt(1 << 12);
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }
}
