package org.openbmis.biometrics.ansinist;

import java.util.Objects;
import org.openbmis.biometrics.FingerPosition;

/**
 * A fingerprint image record (Type 3, 4 or 14) of an ANSI/NIST-ITL file, still encoded.
 *
 * @param recordType 3, 4 or 14
 * @param idc the record's information designation character
 * @param position the finger position (first one listed)
 * @param impressionType the impression code (0/1 live-scan plain/rolled, 2/3 ink plain/rolled)
 * @param compression {@code NONE}, {@code WSQ20}, {@code JPEGB}, {@code JPEGL}, {@code JP2}, {@code
 *     JP2L} or {@code PNG}
 * @param width width in pixels
 * @param height height in pixels
 * @param dpi resolution in pixels per inch; 0 when the record does not state it
 * @param data the image data, encoded as {@code compression} says
 */
public record AnsiNistFinger(
    int recordType,
    int idc,
    FingerPosition position,
    int impressionType,
    String compression,
    int width,
    int height,
    double dpi,
    byte[] data) {
  /**
   * Validates the fields and copies the data.
   *
   * @throws NullPointerException if position, compression or data is null
   */
  public AnsiNistFinger {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(compression, "compression");
    data = Objects.requireNonNull(data, "data").clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public String toString() {
    return "AnsiNistFinger[type "
        + recordType
        + ", "
        + position
        + ", "
        + compression
        + ", "
        + width
        + "x"
        + height
        + "]";
  }
}
