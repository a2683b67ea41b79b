package org.openbmis.app.pki;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Chips the desk agent read and posted ({@code POST /api/v1/chip/desk}), waiting for the same
 * user's scan of that document on the desk screen: kept in memory only, per user and document
 * number, for {@link #TTL}, and handed out once.
 */
@Component
public class PostedChips {
  static final Duration TTL = Duration.ofMinutes(2);

  private record Entry(ChipReader.Read read, Instant expires) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  PostedChips(Clock clock) {
    this.clock = clock;
  }

  /** Keeps the chip for the current user's next scan of {@code documentNumber}; its expiry. */
  public Instant put(String documentNumber, ChipReader.Read read) {
    Instant now = clock.instant();
    entries.values().removeIf(e -> e.expires().isBefore(now));
    Instant expires = now.plus(TTL);
    entries.put(key(documentNumber), new Entry(read, expires));
    return expires;
  }

  /** The current user's posted chip of {@code documentNumber}, once, if not expired. */
  public Optional<ChipReader.Read> take(String documentNumber) {
    Entry e = entries.remove(key(documentNumber));
    return e == null || e.expires().isBefore(clock.instant())
        ? Optional.empty()
        : Optional.of(e.read());
  }

  private static String key(@Nullable String documentNumber) {
    return CurrentActor.get().username() + "\n" + documentNumber;
  }
}
