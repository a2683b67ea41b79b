package org.openbmis.bench.biometrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openbmis.biometrics.FingerprintEngine;
import org.openbmis.biometrics.FingerprintImage;
import org.openbmis.biometrics.FingerprintImageReader;
import org.openbmis.biometrics.ImageReadOptions;
import org.openbmis.biometrics.Template;

/** Real prints from the shared test data, decoded and extracted once. */
final class BenchPrints {
  private BenchPrints() {}

  static Path root() {
    Path dir = Path.of(System.getProperty("testdata.dir", "../shared/testdata"));
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("shared test data not found at " + dir.toAbsolutePath());
    }
    return dir.resolve("biometrics/fingerprints");
  }

  static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(root().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FingerprintImage probeImage() {
    return new FingerprintImageReader().read(bytes("sourceafis/probe.png"));
  }

  static Template matching(FingerprintEngine engine) {
    return engine.extract(new FingerprintImageReader().read(bytes("sourceafis/matching.png")));
  }

  /** Gallery seeds: plain optical prints and rolled ink prints (not the mate of the probe). */
  static List<byte[]> seeds(FingerprintEngine engine) {
    FingerprintImageReader reader = new FingerprintImageReader();
    FingerprintImageReader card =
        new FingerprintImageReader(ImageReadOptions.defaults().withCallerDpi(500));
    List<FingerprintImage> images = new ArrayList<>();
    images.add(reader.read(bytes("sourceafis/nonmatching.png")));
    images.add(reader.read(bytes("sourceafis/wsq-original.wsq")));
    for (int n : new int[] {1, 2, 4, 6, 7, 9}) {
      images.add(card.read(bytes("jnbis/samples/nist/fp-" + n + ".wsq")));
    }
    List<byte[]> stored = new ArrayList<>();
    for (FingerprintImage i : images) {
      stored.add(engine.serialize(engine.extract(i)));
    }
    return stored;
  }
}
