package org.openbmis.bench.chip;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Thread CPU time per passive authentication and per CSCA lookup, for a machine shared with other
 * work where JMH's wall-clock percentiles measure the scheduler: {@code java -cp bmis-bench.jar
 * org.openbmis.bench.chip.ChipCpuTimeCheck 2000}.
 */
public final class ChipCpuTimeCheck {
  private ChipCpuTimeCheck() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    var bench = new ChipBenchmark();
    bench.setUp();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    report("passive authentication RSA", n, mx, bench::passiveAuthenticationRsa);
    report("passive authentication brainpool", n / 4, mx, bench::passiveAuthenticationBrainpool);
    report("CSCA lookup (600 CSCAs)", n * 50, mx, bench::cscaLookup);
  }

  interface Op {
    Object run() throws Exception;
  }

  private static void report(String name, int n, ThreadMXBean mx, Op op) throws Exception {
    for (int i = 0; i < n; i++) {
      op.run(); // warm-up
    }
    long[] cpu = new long[n];
    long wallStart = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long t = mx.getCurrentThreadCpuTime();
      op.run();
      cpu[i] = mx.getCurrentThreadCpuTime() - t;
    }
    long wall = System.nanoTime() - wallStart;
    Arrays.sort(cpu);
    System.out.printf(
        "%s: n=%d CPU p50 %.3f ms, p95 %.3f ms, p99 %.3f ms; wall mean %.3f ms%n",
        name,
        n,
        cpu[n / 2] / 1e6,
        cpu[(int) (n * 0.95)] / 1e6,
        cpu[(int) (n * 0.99)] / 1e6,
        wall / 1e6 / n);
  }
}
