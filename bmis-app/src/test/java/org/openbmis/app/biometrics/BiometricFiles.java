package org.openbmis.app.biometrics;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The real fingerprint files of the shared test data ({@code testdata.dir}/biometrics), read in
 * place: the NIST tenprint card a025 ({@code fp-N.wsq} = finger position N, public domain) and a
 * public-domain portrait. Tests are skipped with a message when the folder is missing.
 */
final class BiometricFiles {

  private BiometricFiles() {}

  static Path dir() {
    Path d = Path.of(System.getProperty("testdata.dir", "../../shared/testdata"), "biometrics");
    assumeTrue(
        Files.isDirectory(d),
        "Skipped: biometric test data not found at " + d.toAbsolutePath() + " (set testdata.dir)");
    return d;
  }

  /** {@code fp-N.wsq} of NIST card a025: 1 = right thumb rolled, 11 = right thumb plain ... */
  static byte[] nist(int n) {
    return read(dir().resolve("fingerprints/jnbis/samples/nist/fp-" + n + ".wsq"));
  }

  /**
   * {@code fp-N.png} (JNBIS's decoded output of the WSQ; only 1, 6, 11 and 12). Needed for 11 and
   * 12: their WSQ comment states {@code PPI 255}, which the reader rightly rejects, while the card
   * was scanned at 500 ppi.
   */
  static byte[] nistPng(int n) {
    return read(dir().resolve("fingerprints/jnbis/samples/nist/fp-" + n + ".png"));
  }

  static byte[] face() {
    return read(dir().resolve("faces/grace_hopper_512x512.jpg"));
  }

  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A grey image with no ridges at all, as PNG. */
  static byte[] blankPng(int w, int h) {
    return encode(new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY), "png");
  }

  /** A BMP whose header states 300 dpi (11811 pixels per metre). */
  static byte[] bmpAt300Dpi() {
    byte[] bmp = encode(new BufferedImage(400, 400, BufferedImage.TYPE_BYTE_GRAY), "bmp");
    ByteBuffer.wrap(bmp).order(ByteOrder.LITTLE_ENDIAN).putInt(38, 11811).putInt(42, 11811);
    return bmp;
  }

  /** The same picture as PNG. */
  static byte[] asPng(byte[] image) {
    return encode(decode(image), "png");
  }

  static BufferedImage decode(byte[] image) {
    try {
      BufferedImage b = ImageIO.read(new java.io.ByteArrayInputStream(image));
      if (b == null) {
        throw new IllegalArgumentException("not an image");
      }
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
