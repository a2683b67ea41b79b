package org.openbmis.bench.biometrics;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openbmis.biometrics.ProbeMatcher;
import org.openbmis.biometrics.SourceAfisEngine;
import org.openbmis.biometrics.Template;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Comparisons per second with the matcher built once per probe and shared by two threads (run with
 * {@code -t 1} for one thread), cycling over eight real non-mated candidates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
public class ComparisonBenchmark {
  private final SourceAfisEngine engine = new SourceAfisEngine();
  private ProbeMatcher matcher;
  private Template[] candidates;

  @Setup
  public void setUp() {
    matcher = engine.matcher(BenchPrints.matching(engine));
    List<byte[]> seeds = BenchPrints.seeds(engine);
    candidates = seeds.stream().map(engine::deserialize).toArray(Template[]::new);
  }

  /** Per-thread cursor over the candidates. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** One comparison with a reused matcher. */
  @Benchmark
  public double compare(Cursor cursor) {
    Template t = candidates[cursor.next++ & 7];
    return matcher.score(t);
  }

  /** One comparison with the matcher rebuilt for it (what to avoid). */
  @Benchmark
  public double compareRebuildingMatcher(Cursor cursor) {
    Template t = candidates[cursor.next++ & 7];
    return engine.matcher(t).score(candidates[(cursor.next + 3) & 7]);
  }
}
