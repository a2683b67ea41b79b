package org.openbmis.biometrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openbmis.biometrics.ansinist.AnsiNistFinger;
import org.openbmis.biometrics.ansinist.AnsiNistReader;

/** Decoded images and templates of the shared files, cached across tests (extraction is slow). */
public final class Fixtures {
  public static final SourceAfisEngine ENGINE = new SourceAfisEngine();
  private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();
  private static final FingerprintImageReader AT_500 =
      new FingerprintImageReader(ImageReadOptions.defaults().withCallerDpi(500));

  private Fixtures() {}

  /** A SourceAFIS test image (PNG, JPEG, BMP, WSQ) at its own resolution. */
  public static FingerprintImage afisImage(String name) {
    return new FingerprintImageReader().read(TestData.bytes(TestData.sourceafis(name)));
  }

  /** A raw {@code gray-*.dat} file with the size given in its README. */
  public static FingerprintImage gray(String name) {
    int[] size =
        switch (name) {
          case "gray-probe.dat" -> new int[] {332, 533};
          case "gray-matching.dat" -> new int[] {320, 407};
          default -> new int[] {333, 435};
        };
    return FingerprintImage.raw(size[0], size[1], TestData.bytes(TestData.sourceafis(name)), 500);
  }

  /** A card image {@code fp-N.wsq}, treated as 500 ppi as its README says. */
  public static FingerprintImage card(int n) {
    return AT_500.read(TestData.bytes(TestData.nist("fp-" + n + ".wsq")));
  }

  /** The image of the record with the given position in an ANSI/NIST reference file. */
  public static FingerprintImage ansi(String file, FingerPosition position) {
    AnsiNistReader reader = new AnsiNistReader();
    AnsiNistFinger f =
        reader.read(TestData.bytes(TestData.ansi(file))).fingers().stream()
            .filter(x -> x.position() == position)
            .findFirst()
            .orElseThrow();
    return reader.decode(f);
  }

  public static Template afis(String name) {
    return TEMPLATES.computeIfAbsent(
        "afis:" + name, k -> ENGINE.extract(name.endsWith(".dat") ? gray(name) : afisImage(name)));
  }

  public static Template cardTemplate(int n) {
    return TEMPLATES.computeIfAbsent("card:" + n, k -> ENGINE.extract(card(n)));
  }

  public static Template ansiTemplate(String file, FingerPosition p) {
    return TEMPLATES.computeIfAbsent(file + ":" + p, k -> ENGINE.extract(ansi(file, p)));
  }

  public static double score(Template probe, Template candidate) {
    return ENGINE.matcher(probe).score(candidate);
  }
}
