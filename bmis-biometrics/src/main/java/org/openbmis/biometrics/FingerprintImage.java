package org.openbmis.biometrics;

import java.util.Objects;

/**
 * A decoded fingerprint image: 8-bit greyscale pixels, row by row from the top left, 0 = black
 * (ridge) and 255 = white, with its resolution. Immutable: the pixel array is copied in and out.
 */
public final class FingerprintImage {
  private final int width;
  private final int height;
  private final byte[] pixels;
  private final double dpi;
  private final ResolutionSource resolutionSource;
  private final ImageFormat sourceFormat;

  /**
   * Creates an image.
   *
   * @param width width in pixels, 1 or more
   * @param height height in pixels, 1 or more
   * @param pixels {@code width * height} greyscale bytes
   * @param dpi resolution in pixels per inch, 50-2000
   * @param resolutionSource where the resolution came from
   * @param sourceFormat the encoding the image was decoded from
   * @throws IllegalArgumentException if the sizes or the resolution are out of range
   * @throws NullPointerException if an argument is null
   */
  public FingerprintImage(
      int width,
      int height,
      byte[] pixels,
      double dpi,
      ResolutionSource resolutionSource,
      ImageFormat sourceFormat) {
    Objects.requireNonNull(pixels, "pixels");
    if (width < 1 || height < 1 || (long) width * height != pixels.length) {
      throw new IllegalArgumentException(
          "pixel count " + pixels.length + " does not match " + width + "x" + height);
    }
    if (!(dpi >= 50 && dpi <= 2000)) {
      throw new IllegalArgumentException("resolution out of range: " + dpi);
    }
    this.width = width;
    this.height = height;
    this.pixels = pixels.clone();
    this.dpi = dpi;
    this.resolutionSource = Objects.requireNonNull(resolutionSource, "resolutionSource");
    this.sourceFormat = Objects.requireNonNull(sourceFormat, "sourceFormat");
  }

  /**
   * Wraps raw 8-bit greyscale pixels whose resolution the caller knows.
   *
   * @param width width in pixels
   * @param height height in pixels
   * @param pixels {@code width * height} bytes
   * @param dpi resolution in pixels per inch
   * @return the image
   * @throws IllegalArgumentException if the sizes or the resolution are out of range
   * @throws NullPointerException if pixels is null
   */
  public static FingerprintImage raw(int width, int height, byte[] pixels, double dpi) {
    return new FingerprintImage(
        width, height, pixels, dpi, ResolutionSource.CALLER, ImageFormat.RAW);
  }

  /**
   * Returns the width.
   *
   * @return width in pixels
   */
  public int width() {
    return width;
  }

  /**
   * Returns the height.
   *
   * @return height in pixels
   */
  public int height() {
    return height;
  }

  /**
   * Returns a copy of the pixels.
   *
   * @return {@code width * height} greyscale bytes
   */
  public byte[] pixels() {
    return pixels.clone();
  }

  /** Grey value at (x, y), 0-255, without copying. */
  int grey(int x, int y) {
    return pixels[y * width + x] & 0xff;
  }

  /** The pixel array itself, for package code that promises not to change it. */
  byte[] pixelsUnsafe() {
    return pixels;
  }

  /**
   * Returns the resolution.
   *
   * @return pixels per inch
   */
  public double dpi() {
    return dpi;
  }

  /**
   * Returns where the resolution came from.
   *
   * @return the source
   */
  public ResolutionSource resolutionSource() {
    return resolutionSource;
  }

  /**
   * Returns the encoding the image was decoded from.
   *
   * @return the format
   */
  public ImageFormat sourceFormat() {
    return sourceFormat;
  }

  @Override
  public String toString() {
    return "FingerprintImage[" + width + "x" + height + ", " + dpi + " dpi, " + sourceFormat + "]";
  }
}
