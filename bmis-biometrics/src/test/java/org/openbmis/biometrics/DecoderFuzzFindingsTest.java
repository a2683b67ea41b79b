package org.openbmis.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Crashes found by {@link BiometricFuzzTest}, each kept as a named regression test. */
class DecoderFuzzFindingsTest {
  private static final String INPUTS = "BiometricFuzzTestInputs/";
  private final FingerprintImageReader reader = new FingerprintImageReader();

  /**
   * rasterImage/crash-e58a5a018299c375b62356d8b2307e047b2b2023: a 55-byte BMP (100x100, 8 bit)
   * declaring compression BI_JPEG and an image size of 872 MB made ImageIO's BMP reader allocate
   * the 872 MB before reading anything.
   */
  @Test
  void bmpWithEmbeddedJpegOfHugeDeclaredSizeIsRefusedWithoutAllocatingIt() throws IOException {
    byte[] bmp = input("rasterImage/crash-e58a5a018299c375b62356d8b2307e047b2b2023");
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    assertThatThrownBy(() -> reader.read(bmp))
        .isInstanceOfSatisfying(
            BiometricInputException.class,
            e -> assertThat(e.error()).isEqualTo(BiometricError.UNSUPPORTED_FORMAT));
    assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(64L << 20);
  }

  private static byte[] input(String name) throws IOException {
    try (InputStream in = DecoderFuzzFindingsTest.class.getResourceAsStream(INPUTS + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
