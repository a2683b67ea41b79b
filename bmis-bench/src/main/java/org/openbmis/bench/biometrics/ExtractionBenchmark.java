package org.openbmis.bench.biometrics;

import java.util.concurrent.TimeUnit;
import org.openbmis.biometrics.FingerprintImage;
import org.openbmis.biometrics.SourceAfisEngine;
import org.openbmis.biometrics.Template;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Template extraction from one 388×374 500-ppi image (SourceAFIS probe.png), one thread. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {
  private final SourceAfisEngine engine = new SourceAfisEngine();
  private FingerprintImage image;
  private byte[] stored;

  @Setup
  public void setUp() {
    image = BenchPrints.probeImage();
    stored = engine.serialize(engine.extract(image));
  }

  /** Extraction of one template. */
  @Benchmark
  public Template extract() {
    return engine.extract(image);
  }

  /** Deserialisation of one stored template (what a gallery load costs per template). */
  @Benchmark
  public Template deserialize() {
    return engine.deserialize(stored);
  }
}
