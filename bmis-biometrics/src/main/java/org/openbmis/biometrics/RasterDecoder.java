package org.openbmis.biometrics;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** Decodes PNG, JPEG and BMP through ImageIO, checking the size before any pixel is read. */
final class RasterDecoder {
  static {
    ImageIO.setUseCache(false);
  }

  private RasterDecoder() {}

  /** Decoded pixels and the resolution stated in the file (0 when none). */
  record Decoded(int width, int height, byte[] grey, double fileDpi) {}

  static Decoded decode(byte[] data, ImageFormat format, ImageReadOptions options) {
    if (format == ImageFormat.BMP) {
      checkBmpHeader(data);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new BiometricInputException(
            BiometricError.CORRUPT_IMAGE, format + " file not recognised by the decoder");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, false);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        SizeLimits.check(w, h, options);
        double dpi =
            format == ImageFormat.BMP
                ? bmpResolution(data)
                : resolution(reader.getImageMetadata(0));
        BufferedImage image = reader.read(0);
        if (image.getWidth() != w || image.getHeight() != h) {
          throw new BiometricInputException(BiometricError.CORRUPT_IMAGE, "inconsistent size");
        }
        return new Decoded(w, h, toGrey(image), dpi);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof BiometricInputException b) {
        throw b;
      }
      throw new BiometricInputException(
          BiometricError.CORRUPT_IMAGE, format + " image cannot be decoded", e);
    }
  }

  /** Horizontal resolution from the standard metadata tree, in dpi; 0 when not stated. */
  private static double resolution(IIOMetadata metadata) {
    if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
      return 0;
    }
    Node root = metadata.getAsTree("javax_imageio_1.0");
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!"Dimension".equals(n.getNodeName())) {
        continue;
      }
      for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
        if ("HorizontalPixelSize".equals(c.getNodeName())) {
          Node value = c.getAttributes().getNamedItem("value");
          double mmPerPixel = value == null ? 0 : parse(value.getNodeValue());
          return mmPerPixel > 0 ? 25.4 / mmPerPixel : 0;
        }
      }
    }
    return 0;
  }

  /**
   * Refuses what ImageIO's BMP reader would trust blindly: an embedded JPEG or PNG (compression 4,
   * 5), whose declared size it allocates before reading (a 55-byte file asked for 872 MB), and a
   * declared image size or pixel offset beyond the file.
   */
  private static void checkBmpHeader(byte[] d) {
    if (d.length < 38 || u32le(d, 14) < 40) {
      return;
    }
    long compression = u32le(d, 30);
    if (compression == 4 || compression == 5) {
      throw new BiometricInputException(
          BiometricError.UNSUPPORTED_FORMAT, "BMP with an embedded JPEG or PNG");
    }
    if (u32le(d, 34) > d.length || u32le(d, 10) > d.length) {
      throw new BiometricInputException(
          BiometricError.CORRUPT_IMAGE, "BMP declares more data than the file holds");
    }
  }

  private static long u32le(byte[] d, int i) {
    return (d[i] & 0xffL)
        | (d[i + 1] & 0xffL) << 8
        | (d[i + 2] & 0xffL) << 16
        | (d[i + 3] & 0xffL) << 24;
  }

  /** BITMAPINFOHEADER (or later) biXPelsPerMeter at offset 38, in dpi; 0 when not stated. */
  private static double bmpResolution(byte[] d) {
    if (d.length < 42) {
      return 0;
    }
    int headerSize = (d[14] & 0xff) | (d[15] & 0xff) << 8 | (d[16] & 0xff) << 16 | d[17] << 24;
    if (headerSize < 40) {
      return 0;
    }
    int ppm = (d[38] & 0xff) | (d[39] & 0xff) << 8 | (d[40] & 0xff) << 16 | d[41] << 24;
    return ppm > 0 ? ppm * 0.0254 : 0;
  }

  private static double parse(String s) {
    try {
      double d = Double.parseDouble(s);
      return Double.isFinite(d) ? d : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Converts to 8-bit grey; transparent pixels are composited over white. */
  static byte[] toGrey(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] grey = new byte[w * h];
    Raster raster = image.getRaster();
    if (raster.getNumBands() == 1 && raster.getSampleModel().getSampleSize(0) == 8) {
      int[] row = new int[w];
      for (int y = 0; y < h; y++) {
        raster.getSamples(0, y, w, 1, 0, row);
        for (int x = 0; x < w; x++) {
          grey[y * w + x] = (byte) row[x];
        }
      }
      return grey;
    }
    int[] argb = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, argb, 0, w);
      for (int x = 0; x < w; x++) {
        grey[y * w + x] = (byte) luminance(argb[x]);
      }
    }
    return grey;
  }

  private static int luminance(int argb) {
    int a = argb >>> 24;
    int r = (argb >> 16) & 0xff;
    int g = (argb >> 8) & 0xff;
    int b = argb & 0xff;
    int y = (299 * r + 587 * g + 114 * b + 500) / 1000;
    return (y * a + 255 * (255 - a) + 127) / 255;
  }
}
