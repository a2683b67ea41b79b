package org.openbmis.bench.load;

import java.util.Arrays;

/** Latencies (microseconds) per request kind, and counts; thread-safe by synchronisation. */
final class Stats {

  private long[] inspect = new long[1 << 16];
  private long[] decide = new long[1 << 16];
  private int inspectCount;
  private int decideCount;
  private int errors;
  private volatile Stats window;

  /**
   * From now on also records into {@code next} (a window of the run; null: here only); returns the
   * window it recorded into until now.
   */
  Stats window(Stats next) {
    Stats previous = window;
    window = next;
    return previous;
  }

  synchronized void inspect(long micros) {
    if (inspectCount == inspect.length) {
      inspect = Arrays.copyOf(inspect, inspect.length * 2);
    }
    inspect[inspectCount++] = micros;
    Stats w = window;
    if (w != null) {
      w.inspect(micros);
    }
  }

  synchronized void decide(long micros) {
    if (decideCount == decide.length) {
      decide = Arrays.copyOf(decide, decide.length * 2);
    }
    decide[decideCount++] = micros;
    Stats w = window;
    if (w != null) {
      w.decide(micros);
    }
  }

  synchronized void error() {
    errors++;
    Stats w = window;
    if (w != null) {
      w.error();
    }
  }

  synchronized long[] inspections() {
    return Arrays.copyOf(inspect, inspectCount);
  }

  synchronized long[] decisions() {
    return Arrays.copyOf(decide, decideCount);
  }

  synchronized int errors() {
    return errors;
  }
}
