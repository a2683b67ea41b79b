package org.openbmis.bench.biometrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openbmis.biometrics.Candidate;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.FingerprintGallery;
import org.openbmis.biometrics.SourceAfisEngine;
import org.openbmis.biometrics.Template;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * 1:N latency of one probe finger against a gallery on two worker threads, matcher built once per
 * search (included). The gallery replicates eight real templates, each replica deserialised on its
 * own; the probe's mate is enrolled once, so every search has one hit. Setup prints the heap per
 * template (used heap after GC, before and after loading the gallery). Needs -Xmx4g at 100k.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GallerySearchBenchmark {
  @Param({"10000", "100000"})
  public int size;

  private final SourceAfisEngine engine = new SourceAfisEngine();
  private FingerprintGallery gallery;
  private Map<FingerPosition, Template> probe;

  @Setup(Level.Trial)
  public void setUp() {
    List<byte[]> seeds = BenchPrints.seeds(engine);
    Template mate = engine.extract(BenchPrints.probeImage());
    probe = Map.of(FingerPosition.RIGHT_INDEX, BenchPrints.matching(engine));
    long before = usedHeap();
    gallery = new FingerprintGallery(engine, 2);
    for (int i = 0; i < size - 1; i++) {
      gallery.add("s" + i, FingerPosition.RIGHT_INDEX, engine.deserialize(seeds.get(i % 8)));
    }
    gallery.add("mate", FingerPosition.RIGHT_INDEX, mate);
    long after = usedHeap();
    System.out.printf(
        "%n[gallery] %d templates: %.1f KB heap per template (SourceAFIS estimate %.1f KB)%n",
        size, (after - before) / 1024.0 / size, SourceAfisEngine.memoryEstimate(mate) / 1024.0);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    gallery.close();
  }

  /** One search, top 10 above 40. */
  @Benchmark
  public List<Candidate> identify() {
    List<Candidate> hits = gallery.identify(probe, 40, 10);
    if (hits.isEmpty()) {
      throw new IllegalStateException("the mate was not found");
    }
    return hits;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
