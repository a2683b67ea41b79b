package org.openbmis.app.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a guesser lock the owner out. Failures are counted
 * per client address and username, and per client address alone. Past {@code maxFailedLogins}
 * failures for one username from one address (or {@code maxFailedLoginsPerAddress} from one address
 * in all), every further attempt from that address must wait: {@code loginDelay}, doubled at each
 * further failure, at most {@code maxLoginDelay}. The owner signing in from another address is not
 * affected. A success clears that address's count for that username. Counts are forgotten after
 * {@code maxLoginDelay} without failure. Kept in memory: a restart clears it.
 */
@Component
class LoginThrottle {

  private static final int MAX_ENTRIES = 100_000;

  private record Failures(int count, Instant last, Instant waitUntil) {}

  private final ConcurrentHashMap<String, Failures> byUser = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Failures> byAddress = new ConcurrentHashMap<>();
  private final AccessProperties props;
  private final Clock clock;

  LoginThrottle(AccessProperties props, Clock clock) {
    this.props = props;
    this.clock = clock;
  }

  /** How long an attempt from this address for this username must still wait (zero: none). */
  Duration remainingWait(String address, String username) {
    Instant now = clock.instant();
    Instant until = later(until(byUser, key(address, username)), until(byAddress, address));
    return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
  }

  /**
   * Counts a failure; true when it starts a wait (the attempt that reached a threshold or extended
   * the wait), so that the caller can record it once.
   */
  boolean failed(String address, String username) {
    boolean user = count(byUser, key(address, username), props.maxFailedLogins());
    boolean addr = count(byAddress, address, props.maxFailedLoginsPerAddress());
    return user || addr;
  }

  void succeeded(String address, String username) {
    byUser.remove(key(address, username));
  }

  private boolean count(ConcurrentHashMap<String, Failures> map, String key, int free) {
    Instant now = clock.instant();
    if (map.size() > MAX_ENTRIES) {
      map.values().removeIf(f -> f.last().plus(props.maxLoginDelay()).isBefore(now));
      if (map.size() > MAX_ENTRIES) {
        map.clear();
      }
    }
    Failures f =
        map.compute(
            key,
            (k, old) -> {
              int count =
                  old == null || old.last().plus(props.maxLoginDelay()).isBefore(now)
                      ? 1
                      : old.count() + 1;
              Instant until = count < free ? Instant.EPOCH : now.plus(delay(count - free));
              return new Failures(count, now, until);
            });
    return f.count() >= free;
  }

  /** The wait after the n-th failure past the free ones (n = 0 for the first): doubling, capped. */
  private Duration delay(int n) {
    Duration max = props.maxLoginDelay();
    if (n >= 30) {
      return max;
    }
    Duration d = props.loginDelay().multipliedBy(1L << n);
    return d.compareTo(max) > 0 ? max : d;
  }

  private static Instant until(ConcurrentHashMap<String, Failures> map, String key) {
    Failures f = map.get(key);
    return f == null ? Instant.EPOCH : f.waitUntil();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static String key(String address, String username) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    return address + "|" + (name.length() > 64 ? name.substring(0, 64) : name);
  }
}
