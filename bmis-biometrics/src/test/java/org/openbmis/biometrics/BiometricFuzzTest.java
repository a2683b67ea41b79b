package org.openbmis.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.openbmis.biometrics.ansinist.AnsiNistFile;
import org.openbmis.biometrics.ansinist.AnsiNistFinger;
import org.openbmis.biometrics.ansinist.AnsiNistReader;

/**
 * Coverage-guided fuzz tests of the biometric decoders (Jazzer). The documented contract: any bytes
 * either decode or are rejected with a {@link BiometricInputException}; never another exception or
 * error, never a hang, and never an allocation beyond what the configured image limits allow (here
 * 1 megapixel, so each input stays fast). Without {@code JAZZER_FUZZ} the inputs in {@code
 * BiometricFuzzTestInputs/<method>/} (seeds and past crashes) are replayed; {@code bench/fuzz.sh}
 * fuzzes for longer.
 */
class BiometricFuzzTest {
  private static final ImageReadOptions LIMITS =
      ImageReadOptions.defaults().withLimits(2_000_000, 1_000_000, 100, 2000);
  private static final long IMAGE_BUDGET = 96L << 20;
  private static final long PER_BYTE = 1024;
  private static final FingerprintImageReader IMAGES = new FingerprintImageReader(LIMITS);
  private static final AnsiNistReader ANSI_NIST = new AnsiNistReader(LIMITS);
  private static final SourceAfisEngine ENGINE = new SourceAfisEngine();

  /** WSQ (NIST): the marker walk of {@code WsqDecoder} and the JNBIS decoder behind it. */
  @FuzzTest(maxDuration = "2m")
  void wsq(byte[] input) throws Exception {
    FuzzBudget.run(input.length, IMAGE_BUDGET, PER_BYTE, () -> readImage(input));
  }

  /** PNG, JPEG and BMP through ImageIO, with the size checked before pixels are read. */
  @FuzzTest(maxDuration = "2m")
  void rasterImage(byte[] input) throws Exception {
    FuzzBudget.run(input.length, IMAGE_BUDGET, PER_BYTE, () -> readImage(input));
  }

  /** ANSI/NIST-ITL files: the record walk, then the decoding of every finger image found. */
  @FuzzTest(maxDuration = "2m")
  void ansiNist(byte[] input) throws Exception {
    FuzzBudget.run(
        input.length,
        IMAGE_BUDGET,
        PER_BYTE,
        () -> {
          AnsiNistFile file;
          try {
            file = ANSI_NIST.read(input);
          } catch (BiometricInputException e) {
            assertThat(e.error())
                .isIn(BiometricError.CORRUPT_TRANSACTION, BiometricError.TOO_LARGE);
            assertNotAProgrammingError(e);
            return;
          }
          assertThat(file.recordTypes()).isNotEmpty();
          for (AnsiNistFinger finger : file.fingers()) {
            try {
              FingerprintImage image = ANSI_NIST.decode(finger);
              assertThat((long) image.width() * image.height())
                  .isLessThanOrEqualTo(LIMITS.maxPixels());
            } catch (BiometricInputException e) {
              assertThat(e.code()).startsWith("biometrics.");
            }
          }
        });
  }

  /** ISO/IEC 19794-2 and ANSI 378 minutiae records imported through SourceAFIS. */
  @FuzzTest(maxDuration = "2m")
  void minutiaeTemplate(byte[] input) throws Exception {
    FuzzBudget.run(
        input.length,
        32L << 20,
        PER_BYTE,
        () -> {
          try {
            List<Template> templates = ENGINE.importTemplates(input);
            assertThat(templates).isNotEmpty();
          } catch (BiometricInputException e) {
            assertThat(e.error()).isIn(BiometricError.CORRUPT_TEMPLATE, BiometricError.TOO_LARGE);
          }
        });
  }

  private static void readImage(byte[] input) {
    try {
      FingerprintImage image = IMAGES.read(input);
      assertThat(image.width()).isBetween(LIMITS.minSide(), LIMITS.maxSide());
      assertThat(image.height()).isBetween(LIMITS.minSide(), LIMITS.maxSide());
      assertThat(image.pixels()).hasSize(image.width() * image.height());
    } catch (BiometricInputException e) {
      assertThat(e.code()).startsWith("biometrics.");
    }
  }

  /**
   * Our own ANSI/NIST parser must reject malformed files by its checks; a wrapped
   * NullPointerException or index error would be a parser bug hidden by the catch-all.
   */
  private static void assertNotAProgrammingError(BiometricInputException e) {
    Throwable cause = e.getCause();
    if (cause == null) {
      return;
    }
    assertThat(cause)
        .as("cause of %s", e.getMessage())
        .isNotInstanceOfAny(
            NullPointerException.class,
            IndexOutOfBoundsException.class,
            ClassCastException.class,
            ArithmeticException.class,
            NegativeArraySizeException.class);
  }
}
