package org.openbmis.bench.biometrics;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.FingerprintGallery;
import org.openbmis.biometrics.ProbeMatcher;
import org.openbmis.biometrics.SourceAfisEngine;
import org.openbmis.biometrics.Template;

/**
 * Comparisons and extractions per CPU-second of the measuring thread, and the CPU time of 1:N
 * searches in galleries of the given sizes (summed over the gallery's two worker threads): a
 * load-independent companion to the JMH figures for a shared, busy machine. The projected latency
 * on two free cores is that CPU time divided by two (the search splits the gallery in two equal
 * halves). Run with {@code java -Xmx4g -cp bmis-bench.jar
 * org.openbmis.bench.biometrics.CpuTimeCheck [gallery sizes, e.g. 10000 100000]}.
 */
public final class CpuTimeCheck {
  private CpuTimeCheck() {}

  public static void main(String[] args) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    SourceAfisEngine engine = new SourceAfisEngine();
    ProbeMatcher matcher = engine.matcher(BenchPrints.matching(engine));
    List<byte[]> seeds = BenchPrints.seeds(engine);
    Template[] candidates = seeds.stream().map(engine::deserialize).toArray(Template[]::new);
    Template plain = engine.extract(BenchPrints.probeImage());
    for (int round = 0; round < 3; round++) {
      long cpu = mx.getCurrentThreadCpuTime();
      double sink = 0;
      int n = 20_000;
      for (int i = 0; i < n; i++) {
        sink += matcher.score(candidates[i & 7]);
      }
      double mixed = n / ((mx.getCurrentThreadCpuTime() - cpu) / 1e9);
      cpu = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += matcher.score(plain);
      }
      double plainRate = n / ((mx.getCurrentThreadCpuTime() - cpu) / 1e9);
      cpu = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < 20; i++) {
        engine.extract(BenchPrints.probeImage());
      }
      double extractMs = (mx.getCurrentThreadCpuTime() - cpu) / 1e6 / 20;
      System.out.printf(
          "round %d: %.0f comparisons/CPU-s (gallery mix), %.0f (plain mate), extraction %.1f"
              + " CPU-ms (incl. PNG decode)  [%s]%n",
          round, mixed, plainRate, extractMs, sink > 0 ? "ok" : "?");
    }
    for (String size : args) {
      gallery(engine, seeds, Integer.parseInt(size));
    }
  }

  /** CPU time of one search (one probe finger, matcher built once) over every gallery thread. */
  private static void gallery(SourceAfisEngine engine, List<byte[]> seeds, int size) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Template mate = engine.extract(BenchPrints.probeImage());
    var probe = Map.of(FingerPosition.RIGHT_INDEX, BenchPrints.matching(engine));
    try (FingerprintGallery gallery = new FingerprintGallery(engine, 2)) {
      for (int i = 0; i < size - 1; i++) {
        gallery.add("s" + i, FingerPosition.RIGHT_INDEX, engine.deserialize(seeds.get(i % 8)));
      }
      gallery.add("mate", FingerPosition.RIGHT_INDEX, mate);
      gallery.identify(probe, 40, 10); // warm-up, starts the workers
      int searches = Math.max(3, 200_000 / size);
      for (int round = 0; round < 3; round++) {
        long cpu = galleryCpu(mx) + mx.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        int found = 0;
        for (int i = 0; i < searches; i++) {
          found += gallery.identify(probe, 40, 10).size();
        }
        double cpuS = (galleryCpu(mx) + mx.getCurrentThreadCpuTime() - cpu) / 1e9 / searches;
        double wallS = (System.nanoTime() - wall) / 1e9 / searches;
        System.out.printf(
            "gallery %d: %.3f CPU-s per search (%.0f comparisons/CPU-s), projected %.3f s on two"
                + " free cores; measured wall %.3f s under the current load [%s]%n",
            size, cpuS, size / cpuS, cpuS / 2, wallS, found == searches ? "mate found" : "?");
      }
    }
  }

  private static long galleryCpu(ThreadMXBean mx) {
    long total = 0;
    for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith("fingerprint-gallery-")) {
        total += Math.max(0, mx.getThreadCpuTime(t.getThreadId()));
      }
    }
    return total;
  }
}
