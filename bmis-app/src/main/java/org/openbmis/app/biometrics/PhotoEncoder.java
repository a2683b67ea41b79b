package org.openbmis.app.biometrics;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.biometrics.ImageFormat;

/**
 * Photos are stored as pixels we encoded ourselves, never as uploaded: the upload is decoded and
 * written again (JPEG stays JPEG at quality 0.92, anything else becomes PNG), so trailing bytes
 * (e.g. HTML after the image), metadata (EXIF, comments, location) and other chunks are gone.
 */
final class PhotoEncoder {

  static final String UNDECODABLE = "biometrics.photo_undecodable";

  private PhotoEncoder() {}

  /** A decoded and re-encoded photo, and its format (JPEG or PNG). */
  record Encoded(byte[] data, ImageFormat format) {}

  /**
   * @throws InvalidInputProblem 422 {@code biometrics.photo_undecodable} when no decoder reads it
   */
  static Encoded reencode(byte[] upload) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(upload));
    } catch (IOException | RuntimeException e) {
      image = null;
    }
    if (image == null) {
      throw undecodable();
    }
    boolean jpeg = ImageFormat.detect(upload) == ImageFormat.JPEG;
    try {
      return jpeg
          ? new Encoded(jpeg(rgb(image)), ImageFormat.JPEG)
          : new Encoded(png(image), ImageFormat.PNG);
    } catch (IOException | RuntimeException e) {
      throw undecodable();
    }
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer");
    }
    return out.toByteArray();
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.92f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** JPEG has no alpha: draw the pixels onto a plain RGB image. */
  private static BufferedImage rgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB
        || image.getType() == BufferedImage.TYPE_3BYTE_BGR
        || image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return image;
    }
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static InvalidInputProblem undecodable() {
    return new InvalidInputProblem(
        UNDECODABLE,
        "The photo cannot be decoded as an image.",
        List.of(new InvalidInputProblem.FieldError("photo", UNDECODABLE, "JPEG or PNG")));
  }
}
