package org.openbmis.app.pki;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.openbmis.chip.ChipFiles;
import org.openbmis.chip.FaceImage;

/**
 * The chip's portrait (DG2) as a JPEG a browser shows: JPEG 2000 is decoded with the jai-imageio
 * JPEG 2000 plugin, JPEG is passed on. Never logged; the caller audits every showing.
 */
public final class ChipPortraits {
  static {
    ImageIO.scanForPlugins();
  }

  private ChipPortraits() {}

  /** The portrait of the chip files as a JPEG, or empty without DG2 or with an undecodable one. */
  public static Optional<byte[]> jpeg(ChipFiles files) {
    byte[] dg2 = files.dataGroups().get(2);
    return dg2 == null ? Optional.empty() : FaceImage.fromDg2(dg2).flatMap(ChipPortraits::jpeg);
  }

  static Optional<byte[]> jpeg(FaceImage face) {
    try {
      BufferedImage image = decode(face);
      if (image == null) {
        return Optional.empty();
      }
      BufferedImage rgb =
          new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      var g = rgb.createGraphics();
      g.drawImage(image, 0, 0, null);
      g.dispose();
      var out = new ByteArrayOutputStream();
      return ImageIO.write(rgb, "jpeg", out) ? Optional.of(out.toByteArray()) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // a corrupt image on a chip is the chip's problem, shown as "no photo", never a 500
      return Optional.empty();
    }
  }

  private static BufferedImage decode(FaceImage face) throws IOException {
    if (!"JPEG2000".equals(face.format())) {
      return ImageIO.read(new ByteArrayInputStream(face.data()));
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg2000");
    if (!readers.hasNext()) {
      throw new IOException("No JPEG 2000 reader on the class path");
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in =
        ImageIO.createImageInputStream(new ByteArrayInputStream(face.data()))) {
      reader.setInput(in);
      return reader.read(0);
    } finally {
      reader.dispose();
    }
  }
}
