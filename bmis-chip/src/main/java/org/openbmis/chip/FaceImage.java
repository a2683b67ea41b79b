package org.openbmis.chip;

import java.util.Arrays;
import java.util.Optional;

/**
 * The portrait held in DG2 (Doc 9303 part 10 section 4.7.2): the first face image of the biometric
 * information template, an ISO/IEC 19794-5 facial record in tag 0x5F2E (or 0x7F2E).
 *
 * @param data the image file as stored: JPEG 2000 or JPEG
 * @param format {@code JPEG2000} or {@code JPEG}
 * @param width width in pixels as the record declares it
 * @param height height in pixels as the record declares it
 */
public record FaceImage(byte[] data, String format, int width, int height) {

  /** The first face image of {@code dg2}, or empty when DG2 holds none in a form we can read. */
  public static Optional<FaceImage> fromDg2(byte[] dg2) {
    if (dg2 == null || dg2.length < 4 || (dg2[0] & 0xff) != 0x75) {
      return Optional.empty();
    }
    int[] record = find(dg2, 0, dg2.length);
    return record == null ? Optional.empty() : facialRecord(dg2, record[0], record[1]);
  }

  /** {offset, length} of the first 0x5F2E / 0x7F2E value between {@code from} and {@code to}. */
  private static int[] find(byte[] b, int from, int to) {
    int p = from;
    while (p < to) {
      int tagStart = p;
      int first = b[p++] & 0xff;
      if ((first & 0x1f) == 0x1f) {
        while (p < to && (b[p] & 0x80) != 0) {
          p++;
        }
        p++;
      }
      int tagLength = p - tagStart;
      if (p >= to) {
        return null;
      }
      int lenByte = b[p++] & 0xff;
      int len = lenByte;
      if (lenByte >= 0x80) {
        int count = lenByte & 0x7f;
        if (count == 0 || count > 3 || p + count > to) {
          return null;
        }
        len = 0;
        for (int i = 0; i < count; i++) {
          len = (len << 8) | (b[p++] & 0xff);
        }
      }
      if (len < 0 || p + len > to) {
        return null;
      }
      int tag = tagLength > 2 ? -1 : tag(b, tagStart);
      if (tag == 0x5F2E || tag == 0x7F2E) {
        return new int[] {p, len};
      }
      if ((first & 0x20) != 0) {
        int[] inner = find(b, p, p + len);
        if (inner != null) {
          return inner;
        }
      }
      p += len;
    }
    return null;
  }

  private static int tag(byte[] b, int at) {
    int first = b[at] & 0xff;
    return (first & 0x1f) == 0x1f ? (first << 8) | (b[at + 1] & 0xff) : first;
  }

  /** ISO/IEC 19794-5:2005: general header, facial record header, feature points, image info. */
  private static Optional<FaceImage> facialRecord(byte[] b, int at, int len) {
    int end = at + len;
    if (len < 14 + 20 + 12 || b[at] != 'F' || b[at + 1] != 'A' || b[at + 2] != 'C') {
      return Optional.empty();
    }
    int face = at + 14;
    long blockLength = u32(b, face);
    int points = u16(b, face + 4);
    int info = face + 20 + 8 * points;
    if (info + 12 > end) {
      return Optional.empty();
    }
    int dataType = b[info + 1] & 0xff;
    int width = u16(b, info + 2);
    int height = u16(b, info + 4);
    int image = info + 12;
    long imageLength = blockLength - 20 - 8L * points - 12;
    if (imageLength <= 0 || image + imageLength > end) {
      imageLength = end - image;
    }
    if (imageLength <= 0) {
      return Optional.empty();
    }
    byte[] data = Arrays.copyOfRange(b, image, image + (int) imageLength);
    String format = dataType == 1 ? "JPEG2000" : "JPEG";
    return Optional.of(new FaceImage(data, format, width, height));
  }

  private static int u16(byte[] b, int at) {
    return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
  }

  private static long u32(byte[] b, int at) {
    return ((long) u16(b, at) << 16) | u16(b, at + 2);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FaceImage f
        && Arrays.equals(data, f.data)
        && format.equals(f.format)
        && width == f.width
        && height == f.height;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data) * 31 + width * 7 + height;
  }

  @Override
  public String toString() {
    return "FaceImage[" + format + " " + width + "x" + height + ", " + data.length + " bytes]";
  }
}
