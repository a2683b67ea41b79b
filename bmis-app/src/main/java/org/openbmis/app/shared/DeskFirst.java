package org.openbmis.app.shared;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The desks' requests in flight in this process, so that work which can wait a little (the name
 * searches of a flight manifest, spread over every processor) leaves a processor to the officer
 * with a traveller in front of them. The desk's module counts its requests; background work asks
 * {@link #busy()} between its items and shares fewer threads while it is true (ADR 0028).
 */
@Component
public class DeskFirst {

  private final AtomicInteger inFlight = new AtomicInteger();

  /** A desk request began; every call is followed by one {@link #ended()}. */
  public void started() {
    inFlight.incrementAndGet();
  }

  /** A desk request ended. */
  public void ended() {
    inFlight.decrementAndGet();
  }

  /** Whether a desk request is being answered now. */
  public boolean busy() {
    return inFlight.get() > 0;
  }
}
