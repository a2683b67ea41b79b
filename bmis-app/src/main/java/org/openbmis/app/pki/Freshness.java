package org.openbmis.app.pki;

import java.time.Duration;
import java.time.Instant;

/** Whether trust material is current, about to go stale, or stale (expired, past next update). */
public enum Freshness {
  CURRENT,
  EXPIRING,
  STALE;

  /** The freshness of something valid until {@code until}, warned {@code warning} ahead. */
  static Freshness of(Instant until, Instant now, Duration warning) {
    if (until == null) {
      return CURRENT;
    }
    if (until.isBefore(now)) {
      return STALE;
    }
    return until.isBefore(now.plus(warning)) ? EXPIRING : CURRENT;
  }
}
