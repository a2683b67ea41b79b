package org.openbmis.biometrics;

import java.util.Objects;

/**
 * Reads fingerprint images in PNG, JPEG, BMP or WSQ, recognised by content, into 8-bit greyscale
 * {@link FingerprintImage}s with their resolution.
 *
 * <p>Resolution policy: a resolution given by the caller ({@link
 * ImageReadOptions#withCallerDpi(double)}) wins and is trusted (the engine rescales); otherwise the
 * file's own (WSQ NISTCOM {@code PPI}, PNG pHYs, JPEG JFIF, BMP header) must be within the
 * tolerance of the expected 500 ppi; a file without one (or with a 72/96 dpi screen default) is
 * assumed to be at the expected resolution. Thread-safe and stateless.
 */
public final class FingerprintImageReader {
  private final ImageReadOptions options;

  /** Creates a reader with {@link ImageReadOptions#defaults()}. */
  public FingerprintImageReader() {
    this(ImageReadOptions.defaults());
  }

  /**
   * Creates a reader.
   *
   * @param options limits and resolution policy
   * @throws NullPointerException if options is null
   */
  public FingerprintImageReader(ImageReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Returns the options.
   *
   * @return the options
   */
  public ImageReadOptions options() {
    return options;
  }

  /**
   * Decodes an image.
   *
   * @param data the file content
   * @return the greyscale image
   * @throws BiometricInputException with {@link BiometricError#TOO_LARGE} if the file or the image
   *     exceeds the limits, {@link BiometricError#TOO_SMALL} if the image is below the minimum
   *     side, {@link BiometricError#UNSUPPORTED_FORMAT} if the content is not PNG, JPEG, BMP or
   *     WSQ, {@link BiometricError#CORRUPT_IMAGE} if it cannot be decoded, {@link
   *     BiometricError#RESOLUTION} if the stated resolution is not the expected one
   * @throws NullPointerException if data is null
   */
  public FingerprintImage read(byte[] data) {
    Objects.requireNonNull(data, "data");
    if (data.length > options.maxBytes()) {
      throw new BiometricInputException(
          BiometricError.TOO_LARGE, "file of " + data.length + " bytes exceeds the limit");
    }
    ImageFormat format = ImageFormat.detect(data);
    if (format == null) {
      throw new BiometricInputException(
          BiometricError.UNSUPPORTED_FORMAT, "not a PNG, JPEG, BMP or WSQ file");
    }
    RasterDecoder.Decoded d =
        format == ImageFormat.WSQ
            ? WsqDecoder.decode(data, options)
            : RasterDecoder.decode(data, format, options);
    return withResolution(d, format);
  }

  private FingerprintImage withResolution(RasterDecoder.Decoded d, ImageFormat format) {
    double dpi;
    ResolutionSource source;
    if (options.callerDpi() > 0) {
      dpi = options.callerDpi();
      source = ResolutionSource.CALLER;
    } else if (d.fileDpi() <= 0
        || (options.screenDefaultsUnknown() && ImageReadOptions.isScreenDefault(d.fileDpi()))) {
      dpi = options.expectedDpi();
      source = ResolutionSource.ASSUMED;
    } else {
      dpi = d.fileDpi();
      source = ResolutionSource.FILE;
    }
    if (source != ResolutionSource.CALLER && !options.acceptsDpi(dpi)) {
      throw new BiometricInputException(
          BiometricError.RESOLUTION,
          String.format(
              "resolution %.0f dpi is not %.0f dpi +/- %.0f %%",
              dpi, options.expectedDpi(), options.tolerance() * 100));
    }
    return new FingerprintImage(d.width(), d.height(), d.grey(), dpi, source, format);
  }
}
