package org.openbmis.biometrics;

import java.nio.charset.StandardCharsets;
import org.jnbis.api.Jnbis;
import org.jnbis.api.model.Bitmap;

/**
 * Decodes WSQ with JNBIS after walking the marker segments ourselves: the frame header gives the
 * size (checked before JNBIS allocates anything) and the NISTCOM comment gives the resolution.
 */
final class WsqDecoder {
  private static final int SOI = 0xffa0;
  private static final int SOF = 0xffa2;
  private static final int COM = 0xffa8;

  private WsqDecoder() {}

  static RasterDecoder.Decoded decode(byte[] data, ImageReadOptions options) {
    Header header = header(data);
    SizeLimits.check(header.width, header.height, options);
    Bitmap bitmap;
    try {
      bitmap = Jnbis.wsq().decode(data).asBitmap();
    } catch (RuntimeException | StackOverflowError e) {
      throw new BiometricInputException(
          BiometricError.CORRUPT_IMAGE, "WSQ image cannot be decoded", e);
    }
    byte[] pixels = bitmap.getPixels();
    if (bitmap.getWidth() != header.width
        || bitmap.getHeight() != header.height
        || pixels == null
        || pixels.length != header.width * header.height) {
      throw new BiometricInputException(BiometricError.CORRUPT_IMAGE, "WSQ size is inconsistent");
    }
    return new RasterDecoder.Decoded(header.width, header.height, pixels, header.ppi);
  }

  private record Header(int width, int height, double ppi) {}

  private static Header header(byte[] d) {
    if (d.length < 4 || u16(d, 0) != SOI) {
      throw corrupt("no WSQ start marker");
    }
    int pos = 2;
    double ppi = 0;
    while (pos + 4 <= d.length) {
      int marker = u16(d, pos);
      int length = u16(d, pos + 2);
      if ((marker & 0xff00) != 0xff00 || length < 2 || pos + 2 + length > d.length) {
        throw corrupt("bad WSQ segment at offset " + pos);
      }
      if (marker == COM) {
        ppi = ppi > 0 ? ppi : commentPpi(d, pos + 4, length - 2);
      } else if (marker == SOF) {
        if (length < 8) {
          throw corrupt("short WSQ frame header");
        }
        return new Header(u16(d, pos + 8), u16(d, pos + 6), ppi);
      }
      pos += 2 + length;
    }
    throw corrupt("WSQ frame header missing");
  }

  /** Reads {@code PPI n} from a NISTCOM comment; 0 when absent or -1. */
  private static double commentPpi(byte[] d, int offset, int length) {
    String text = new String(d, offset, length, StandardCharsets.ISO_8859_1);
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.startsWith("PPI ")) {
        try {
          int ppi = Integer.parseInt(l.substring(4).strip());
          return ppi > 0 ? ppi : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  private static int u16(byte[] d, int i) {
    return ((d[i] & 0xff) << 8) | (d[i + 1] & 0xff);
  }

  private static BiometricInputException corrupt(String message) {
    return new BiometricInputException(BiometricError.CORRUPT_IMAGE, message);
  }
}
