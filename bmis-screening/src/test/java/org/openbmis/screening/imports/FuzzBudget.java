package org.openbmis.screening.imports;

import java.lang.management.ManagementFactory;

/**
 * Guards a fuzz target against unbounded allocation: the bytes the current thread allocates while
 * it handles one input must stay under a budget that grows with the input, so a tiny input cannot
 * make the code under test reserve memory out of proportion to what it read. A first run that goes
 * over (class loading and static tables count on first use) is repeated once, and only the repeat
 * is judged.
 */
final class FuzzBudget {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private FuzzBudget() {}

  /** A fuzz target body that may throw. */
  interface Target {
    void run() throws Exception;
  }

  /**
   * Runs the target and fails when it allocated more than {@code fixed + perInputByte *
   * inputLength} bytes.
   */
  static void run(int inputLength, long fixed, long perInputByte, Target target) throws Exception {
    long budget = fixed + perInputByte * inputLength;
    long used = measure(target);
    if (used > budget) {
      used = measure(target);
    }
    if (used > budget) {
      throw new AssertionError(
          "allocated "
              + used
              + " bytes for an input of "
              + inputLength
              + " bytes (budget "
              + budget
              + ")");
    }
  }

  private static long measure(Target target) throws Exception {
    long id = Thread.currentThread().getId();
    long start = THREADS.getThreadAllocatedBytes(id);
    target.run();
    long end = THREADS.getThreadAllocatedBytes(id);
    return start < 0 || end < 0 ? 0 : end - start;
  }
}
