package org.openbmis.app.visa;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Made-up nationality codes ("QAA" to "QZZ", not ISO 3166 codes) that no other test of the same JVM
 * has used: tests sharing a database each write entry rules and stays for their own nationality.
 * Drawn at random they collided (two draws of 676 codes in about twenty).
 */
final class TestNationalities {

  private static final AtomicInteger NEXT =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(26 * 26));

  private TestNationalities() {}

  /** A code not handed out before in this JVM (for the first 676 calls). */
  static String unused() {
    int n = Math.floorMod(NEXT.getAndIncrement(), 26 * 26);
    return "Q" + (char) ('A' + n / 26) + (char) ('A' + n % 26);
  }
}
