package org.openbmis.biometrics.ansinist;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.FingerprintImage;

/**
 * Writes a minimal ANSI/NIST-ITL 1-2011 file for export: a Type-1 record and one Type-14 record per
 * finger, each image stored as PNG or uncompressed 8-bit greyscale at its own resolution.
 */
public final class AnsiNistWriter {
  /** How images are stored in field 14.999. */
  public enum Compression {
    /** Uncompressed 8-bit greyscale ({@code NONE}). */
    NONE,
    /** PNG (lossless). */
    PNG
  }

  private final String originatingAgency;
  private final Compression compression;

  /**
   * Creates a writer.
   *
   * @param originatingAgency the ORI written to 1.008 and 14.004, 1-35 printable ASCII characters
   * @param compression how to store the images
   * @throws IllegalArgumentException if the ORI is empty, too long or not printable ASCII
   * @throws NullPointerException if an argument is null
   */
  public AnsiNistWriter(String originatingAgency, Compression compression) {
    Objects.requireNonNull(originatingAgency, "originatingAgency");
    if (!originatingAgency.matches("[ -~]{1,35}")) {
      throw new IllegalArgumentException("ORI must be 1-35 printable ASCII characters");
    }
    this.originatingAgency = originatingAgency;
    this.compression = Objects.requireNonNull(compression, "compression");
  }

  /**
   * Writes a file.
   *
   * @param transactionControl the transaction control number (1.009), 1-40 letters, digits or
   *     hyphens
   * @param date the transaction date (1.005, 14.005)
   * @param images the images by position, at most 99
   * @return the file content
   * @throws IllegalArgumentException if the control number is malformed or there are no or too many
   *     images
   * @throws NullPointerException if an argument is null
   */
  public byte[] write(
      String transactionControl, LocalDate date, Map<FingerPosition, FingerprintImage> images) {
    if (!transactionControl.matches("[A-Za-z0-9-]{1,40}")) {
      throw new IllegalArgumentException("malformed transaction control number");
    }
    if (images.isEmpty() || images.size() > 99) {
      throw new IllegalArgumentException("1-99 images required");
    }
    String day = date.format(DateTimeFormatter.BASIC_ISO_DATE);
    StringBuilder cnt = new StringBuilder("1" + (char) TaggedRecord.US + images.size());
    List<byte[]> records = new ArrayList<>();
    int idc = 1;
    for (Map.Entry<FingerPosition, FingerprintImage> e : images.entrySet()) {
      cnt.append((char) TaggedRecord.RS).append("14").append((char) TaggedRecord.US);
      cnt.append(String.format("%02d", idc));
      records.add(type14(idc++, day, e.getKey(), e.getValue()));
    }
    List<String> t1 = new ArrayList<>();
    t1.add("0400");
    t1.add(cnt.toString());
    t1.add("CAR");
    t1.add(day);
    t1.add("4");
    t1.add(originatingAgency);
    t1.add(originatingAgency);
    t1.add(transactionControl);
    t1.add(null);
    t1.add("00.00");
    t1.add("00.00");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(tagged(1, t1, null));
    records.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private byte[] type14(int idc, String day, FingerPosition position, FingerprintImage image) {
    Objects.requireNonNull(position, "position");
    List<String> f = new ArrayList<>();
    f.add(String.format("%02d", idc));
    f.add("0");
    f.add(originatingAgency);
    f.add(day);
    f.add(Integer.toString(image.width()));
    f.add(Integer.toString(image.height()));
    f.add("1");
    f.add(Long.toString(Math.round(image.dpi())));
    f.add(Long.toString(Math.round(image.dpi())));
    f.add(compression.name());
    f.add("8");
    f.add(Integer.toString(position.code()));
    byte[] data = compression == Compression.PNG ? png(image) : image.pixels();
    return tagged(14, f, data);
  }

  /**
   * Builds a tagged record: fields 2, 3, ... from {@code fields} (null = omitted), then 999 if data
   * is given; field 001 carries the total length including itself.
   */
  static byte[] tagged(int type, List<String> fields, byte[] data) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i) != null) {
        body.write(TaggedRecord.GS);
        body.writeBytes(
            (type + "." + String.format("%03d", i + 2) + ":" + fields.get(i))
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    if (data != null) {
      body.write(TaggedRecord.GS);
      body.writeBytes((type + ".999:").getBytes(StandardCharsets.US_ASCII));
      body.writeBytes(data);
    }
    body.write(TaggedRecord.FS);
    String prefix = type + ".001:";
    int length = prefix.length() + body.size();
    while (length != prefix.length() + Integer.toString(length).length() + body.size()) {
      length = prefix.length() + Integer.toString(length).length() + body.size();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(length);
    out.writeBytes((prefix + length).getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static byte[] png(FingerprintImage image) {
    BufferedImage b =
        new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
    b.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(b, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("PNG encoding failed", e);
    }
    return out.toByteArray();
  }
}
