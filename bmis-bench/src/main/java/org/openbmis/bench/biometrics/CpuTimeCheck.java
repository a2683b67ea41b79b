package org.openbmis.bench.biometrics;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.openbmis.biometrics.ProbeMatcher;
import org.openbmis.biometrics.SourceAfisEngine;
import org.openbmis.biometrics.Template;

/**
 * Comparisons and extractions per CPU-second of the measuring thread: a load-independent companion
 * to the JMH figures for a shared, busy machine. Run with {@code java -cp bmis-bench.jar
 * org.openbmis.bench.biometrics.CpuTimeCheck}.
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
  }
}
