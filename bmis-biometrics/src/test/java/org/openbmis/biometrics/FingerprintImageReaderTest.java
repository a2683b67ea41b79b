package org.openbmis.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FingerprintImageReaderTest {
  private final FingerprintImageReader reader = new FingerprintImageReader();

  @Test
  void decodesEveryFormatOfTheProbe() {
    FingerprintImage png = Fixtures.afisImage("probe.png");
    FingerprintImage jpeg = Fixtures.afisImage("probe.jpeg");
    FingerprintImage bmp = Fixtures.afisImage("probe.bmp");
    assertThat(png.sourceFormat()).isEqualTo(ImageFormat.PNG);
    assertThat(jpeg.sourceFormat()).isEqualTo(ImageFormat.JPEG);
    assertThat(bmp.sourceFormat()).isEqualTo(ImageFormat.BMP);
    for (FingerprintImage i : new FingerprintImage[] {png, jpeg, bmp}) {
      assertThat(i.width()).isEqualTo(388);
      assertThat(i.height()).isEqualTo(374);
      assertThat(i.dpi()).isEqualTo(500);
    }
    assertThat(bmp.pixels()).isEqualTo(png.pixels());
    assertThat(meanDifference(png, jpeg)).isLessThan(3);
  }

  @Test
  void wsqAndItsPngDecodeAgree() {
    FingerprintImage wsq = Fixtures.afisImage("wsq-original.wsq");
    FingerprintImage png = Fixtures.afisImage("wsq-converted.png");
    assertThat(wsq.sourceFormat()).isEqualTo(ImageFormat.WSQ);
    assertThat(wsq.resolutionSource()).isEqualTo(ResolutionSource.FILE);
    assertThat(png.resolutionSource()).isEqualTo(ResolutionSource.ASSUMED); // pHYs says 96 dpi
    assertThat(wsq.width()).isEqualTo(832);
    assertThat(wsq.height()).isEqualTo(768);
    assertThat(meanDifference(wsq, png)).isLessThan(1);
    FingerprintImage card = Fixtures.card(1);
    FingerprintImage cardPng = reader.read(TestData.bytes(TestData.nist("fp-1.png")));
    assertThat(meanDifference(card, cardPng)).isLessThan(1);
  }

  @Test
  void rejectsWrongResolutionUnlessTheCallerStatesIt() {
    byte[] bmp = TestData.bytes(TestData.sourceafis("probe.bmp"));
    setLittleEndian(bmp, 38, 11811); // 300 dpi in pixels per metre
    setLittleEndian(bmp, 42, 11811);
    assertThatThrownBy(() -> reader.read(bmp)).satisfies(e -> code(e, BiometricError.RESOLUTION));
    byte[] wsq = TestData.bytes(TestData.nist("fp-11.wsq")); // NISTCOM says PPI 255
    assertThatThrownBy(() -> reader.read(wsq)).satisfies(e -> code(e, BiometricError.RESOLUTION));
    var trusting = new FingerprintImageReader(ImageReadOptions.defaults().withCallerDpi(500));
    assertThat(trusting.read(wsq).resolutionSource()).isEqualTo(ResolutionSource.CALLER);
  }

  @Test
  void rejectsUnsupportedCorruptAndOversizedInput() {
    byte[] png = TestData.bytes(TestData.sourceafis("probe.png"));
    byte[] wsq = TestData.bytes(TestData.sourceafis("wsq-original.wsq"));
    expect(BiometricError.UNSUPPORTED_FORMAT, "GIF89a and more".getBytes());
    expect(BiometricError.UNSUPPORTED_FORMAT, new byte[0]);
    expect(BiometricError.CORRUPT_IMAGE, Arrays.copyOf(png, png.length / 3));
    expect(BiometricError.CORRUPT_IMAGE, Arrays.copyOf(wsq, wsq.length / 3));
    expect(BiometricError.CORRUPT_IMAGE, Arrays.copyOf(wsq, 40));
    expect(BiometricError.TOO_LARGE, hugePngHeader());
    expect(BiometricError.TOO_SMALL, encodePng(new BufferedImage(20, 20, 10)));
    var small =
        new FingerprintImageReader(
            ImageReadOptions.defaults().withLimits(1000, 1L << 20, 100, 4000));
    assertThatThrownBy(() -> small.read(png)).satisfies(e -> code(e, BiometricError.TOO_LARGE));
  }

  @Test
  void hostileMutationsNeverEscapeAsUncheckedCrashes() {
    Random random = new Random(42);
    byte[][] originals = {
      TestData.bytes(TestData.sourceafis("wsq-original.wsq")),
      TestData.bytes(TestData.sourceafis("probe.png")),
      TestData.bytes(TestData.sourceafis("probe.jpeg")),
      TestData.bytes(TestData.sourceafis("probe.bmp"))
    };
    for (int round = 0; round < 40; round++) {
      byte[] data = originals[round % originals.length].clone();
      int cut = 4 + random.nextInt(data.length - 4);
      for (int i = 0; i < 1 + random.nextInt(20); i++) {
        data[4 + random.nextInt(Math.min(cut, 600) - 4)] = (byte) random.nextInt(256);
      }
      byte[] mutated = Arrays.copyOf(data, random.nextBoolean() ? cut : data.length);
      try {
        reader.read(mutated);
      } catch (BiometricInputException expected) {
        assertThat(expected.code()).startsWith("biometrics.");
      }
    }
  }

  static double meanDifference(FingerprintImage a, FingerprintImage b) {
    byte[] pa = a.pixels();
    byte[] pb = b.pixels();
    assertThat(pa).hasSameSizeAs(pb);
    long sum = 0;
    for (int i = 0; i < pa.length; i++) {
      sum += Math.abs((pa[i] & 0xff) - (pb[i] & 0xff));
    }
    return (double) sum / pa.length;
  }

  private void expect(BiometricError error, byte[] data) {
    assertThatThrownBy(() -> reader.read(data)).satisfies(e -> code(e, error));
  }

  static void code(Throwable e, BiometricError error) {
    assertThat(e).isInstanceOf(BiometricInputException.class);
    assertThat(((BiometricInputException) e).error()).isEqualTo(error);
  }

  private static void setLittleEndian(byte[] b, int offset, int value) {
    for (int i = 0; i < 4; i++) {
      b[offset + i] = (byte) (value >> (8 * i));
    }
  }

  private static byte[] encodePng(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A PNG whose header claims 100,000 x 100,000 pixels (a decompression bomb). */
  private static byte[] hugePngHeader() {
    byte[] png = encodePng(new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY));
    java.nio.ByteBuffer.wrap(png).putInt(16, 100_000).putInt(20, 100_000);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(png, 12, 17);
    java.nio.ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
    return png;
  }
}
