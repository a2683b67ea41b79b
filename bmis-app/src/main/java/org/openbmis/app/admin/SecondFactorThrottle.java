package org.openbmis.app.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Blocks a user's second factor for a while after several wrong codes in a row: with the password
 * known, six digits would otherwise fall to guessing. Kept apart from the password throttle, which
 * a correct password resets.
 */
@Component
class SecondFactorThrottle {

  private record Failures(int count, Instant blockedUntil) {}

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final SecondFactorProperties properties;
  private final Clock clock;

  SecondFactorThrottle(SecondFactorProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  boolean isBlocked(String username) {
    Failures f = failures.get(username);
    return f != null && f.blockedUntil() != null && f.blockedUntil().isAfter(clock.instant());
  }

  void failed(String username) {
    failures.compute(
        username,
        (u, f) -> {
          int count = (f == null || f.blockedUntil() != null ? 0 : f.count()) + 1;
          Instant until =
              count >= properties.maxFailures() ? clock.instant().plus(properties.lockout()) : null;
          return new Failures(count, until);
        });
  }

  void succeeded(String username) {
    failures.remove(username);
  }
}
