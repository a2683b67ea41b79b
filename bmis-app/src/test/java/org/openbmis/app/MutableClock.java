package org.openbmis.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that tests move forward (stays of several days) and back to the present. */
public final class MutableClock extends Clock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset.get());
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }

  public void advance(Duration d) {
    offset.updateAndGet(o -> o.plus(d));
  }

  public void reset() {
    offset.set(Duration.ZERO);
  }
}
