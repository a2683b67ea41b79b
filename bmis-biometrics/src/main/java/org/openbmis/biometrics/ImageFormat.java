package org.openbmis.biometrics;

/** Fingerprint image encodings that {@link FingerprintImageReader} accepts. */
public enum ImageFormat {
  /** PNG (ISO/IEC 15948). */
  PNG,
  /** JPEG baseline or progressive (JFIF/EXIF); lossless JPEG (SOF3) is not supported. */
  JPEG,
  /** Windows bitmap. */
  BMP,
  /** FBI Wavelet Scalar Quantization (IAFIS-IC-0110), decoded with JNBIS. */
  WSQ,
  /** Raw 8-bit greyscale pixels whose size is given by the caller. */
  RAW;

  /**
   * Recognises the format from the first bytes (magic numbers), never from a file name.
   *
   * @param data the file content
   * @return the format, or null if none matches ({@link #RAW} is never detected)
   */
  public static ImageFormat detect(byte[] data) {
    if (data == null || data.length < 4) {
      return null;
    }
    int b0 = data[0] & 0xff;
    int b1 = data[1] & 0xff;
    if (b0 == 0x89 && b1 == 'P' && data[2] == 'N' && data[3] == 'G') {
      return PNG;
    }
    if (b0 == 0xff && b1 == 0xd8 && (data[2] & 0xff) == 0xff) {
      return JPEG;
    }
    if (b0 == 0xff && b1 == 0xa0 && (data[2] & 0xff) == 0xff) {
      return WSQ;
    }
    if (b0 == 'B' && b1 == 'M') {
      return BMP;
    }
    return null;
  }
}
