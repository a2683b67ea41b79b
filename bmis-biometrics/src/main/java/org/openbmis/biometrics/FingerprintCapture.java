package org.openbmis.biometrics;

import java.util.Objects;

/**
 * The capture pipeline at the desk: decode an uploaded image, extract the template, measure the
 * quality and reject what is not a fingerprint. Thread-safe.
 *
 * <pre>{@code
 * var capture = new FingerprintCapture(new SourceAfisEngine());
 * CapturedFinger f = capture.capture(FingerPosition.parse("RIGHT_INDEX"), uploadedBytes);
 * if (f.quality().recapture()) { ... prompt the officer ... }
 * }</pre>
 */
public final class FingerprintCapture {
  private final FingerprintEngine engine;
  private final FingerprintImageReader reader;
  private final FingerQualityAssessor assessor = new FingerQualityAssessor();

  /**
   * Creates a pipeline with the default image limits.
   *
   * @param engine the engine
   * @throws NullPointerException if engine is null
   */
  public FingerprintCapture(FingerprintEngine engine) {
    this(engine, new FingerprintImageReader());
  }

  /**
   * Creates a pipeline.
   *
   * @param engine the engine
   * @param reader the image reader with its limits
   * @throws NullPointerException if an argument is null
   */
  public FingerprintCapture(FingerprintEngine engine, FingerprintImageReader reader) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /**
   * Decodes and processes an uploaded image.
   *
   * @param position the finger
   * @param data the image file (PNG, JPEG, BMP or WSQ)
   * @return the captured finger with template and quality
   * @throws BiometricInputException with the codes of {@link FingerprintImageReader#read(byte[])},
   *     or {@link BiometricError#NOT_A_FINGERPRINT} if the image shows no usable fingerprint
   * @throws NullPointerException if an argument is null
   */
  public CapturedFinger capture(FingerPosition position, byte[] data) {
    Objects.requireNonNull(position, "position");
    return capture(position, reader.read(data));
  }

  /**
   * Processes a decoded image.
   *
   * @param position the finger
   * @param image the image
   * @return the captured finger with template and quality
   * @throws BiometricInputException with {@link BiometricError#NOT_A_FINGERPRINT} if the image
   *     shows no usable fingerprint
   * @throws NullPointerException if an argument is null
   */
  public CapturedFinger capture(FingerPosition position, FingerprintImage image) {
    Objects.requireNonNull(position, "position");
    Template template = engine.extract(image);
    FingerQuality quality = assessor.assess(image, template);
    if (!assessor.looksLikeFingerprint(quality)) {
      throw new BiometricInputException(
          BiometricError.NOT_A_FINGERPRINT,
          String.format(
              "no fingerprint: %d minutiae, %.0f mm2 of ridges, clarity %.2f",
              quality.minutiae(), quality.ridgeAreaMm2(), quality.clarity()));
    }
    return new CapturedFinger(position, image, template, quality);
  }
}
