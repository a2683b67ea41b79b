package org.openbmis.app.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username; after {@code maxFailedLogins} the account is blocked for
 * {@code lockout}, whatever password is tried. Kept in memory: a restart clears it.
 */
@Component
class LoginThrottle {

  private record Failures(int count, Instant blockedUntil) {}

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final AccessProperties props;
  private final Clock clock;

  LoginThrottle(AccessProperties props, Clock clock) {
    this.props = props;
    this.clock = clock;
  }

  boolean isBlocked(String username) {
    Failures f = failures.get(key(username));
    return f != null && f.blockedUntil().isAfter(clock.instant());
  }

  void failed(String username) {
    failures.compute(
        key(username),
        (k, f) -> {
          int count =
              (f == null || f.blockedUntil().isAfter(Instant.EPOCH) && !isActive(f))
                  ? 1
                  : f.count() + 1;
          Instant until =
              count >= props.maxFailedLogins()
                  ? clock.instant().plus(props.lockout())
                  : Instant.EPOCH;
          return new Failures(count, until);
        });
  }

  void succeeded(String username) {
    failures.remove(key(username));
  }

  private boolean isActive(Failures f) {
    return f.blockedUntil().isAfter(clock.instant());
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
