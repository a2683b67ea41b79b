package org.openbmis.biometrics.face;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.openbmis.biometrics.BiometricError;
import org.openbmis.biometrics.BiometricInputException;
import org.openbmis.biometrics.ImageFormat;

/**
 * Basic checks of a face photo from the desk camera or a file (JPEG or PNG): minimum size, aspect
 * ratio, not blank, exposure, sharpness, and one face where a {@link FaceDetector} is available.
 * These are capture-time plausibility checks, not an ISO/IEC 19794-5 or ICAO compliance test.
 * Thread-safe.
 */
public final class PortraitCheck {
  /** Largest file accepted, 15 MB. */
  public static final int MAX_BYTES = 15_000_000;

  /** Largest side accepted, 8000 pixels. */
  public static final int MAX_SIDE = 8000;

  private final FaceDetector detector;
  private final int minWidth;
  private final int minHeight;

  /** Creates the check with no face detector and a minimum of 300×300 pixels. */
  public PortraitCheck() {
    this(FaceDetector.ABSENT, 300, 300);
  }

  /**
   * Creates the check.
   *
   * @param detector the face detector, or {@link FaceDetector#ABSENT}
   * @param minWidth minimum width in pixels, 1 or more
   * @param minHeight minimum height in pixels, 1 or more
   * @throws NullPointerException if detector is null
   * @throws IllegalArgumentException if a minimum is below 1
   */
  public PortraitCheck(FaceDetector detector, int minWidth, int minHeight) {
    this.detector = Objects.requireNonNull(detector, "detector");
    if (minWidth < 1 || minHeight < 1) {
      throw new IllegalArgumentException("minimum size must be positive");
    }
    this.minWidth = minWidth;
    this.minHeight = minHeight;
  }

  /**
   * Checks a photo.
   *
   * @param data a JPEG or PNG file
   * @return the measurements and the problems found
   * @throws BiometricInputException with {@link BiometricError#TOO_LARGE} over {@link #MAX_BYTES}
   *     or {@link #MAX_SIDE}, {@link BiometricError#UNSUPPORTED_FORMAT} if not JPEG or PNG, {@link
   *     BiometricError#CORRUPT_IMAGE} if it cannot be decoded
   * @throws NullPointerException if data is null
   */
  public PortraitReport check(byte[] data) {
    Objects.requireNonNull(data, "data");
    if (data.length > MAX_BYTES) {
      throw new BiometricInputException(BiometricError.TOO_LARGE, "photo over " + MAX_BYTES);
    }
    ImageFormat format = ImageFormat.detect(data);
    if (format != ImageFormat.JPEG && format != ImageFormat.PNG) {
      throw new BiometricInputException(BiometricError.UNSUPPORTED_FORMAT, "not JPEG or PNG");
    }
    BufferedImage image = decode(data);
    int w = image.getWidth();
    int h = image.getHeight();
    double[] stats = LuminanceStats.of(image);
    List<PortraitProblem> problems = new ArrayList<>();
    if (w < minWidth || h < minHeight) {
      problems.add(PortraitProblem.TOO_SMALL);
    }
    double aspect = (double) w / h;
    if (aspect < 0.6 || aspect > 1.05) {
      problems.add(PortraitProblem.ASPECT_RATIO);
    }
    LuminanceStats.judge(stats, problems);
    OptionalInt faces = detector.countFaces(image);
    if (faces.isPresent() && faces.getAsInt() != 1) {
      problems.add(faces.getAsInt() == 0 ? PortraitProblem.NO_FACE : PortraitProblem.SEVERAL_FACES);
    }
    return new PortraitReport(w, h, stats[0], stats[1], stats[2], faces, problems);
  }

  private static BufferedImage decode(byte[] data) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new BiometricInputException(BiometricError.CORRUPT_IMAGE, "unreadable photo");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w > MAX_SIDE || h > MAX_SIDE) {
          throw new BiometricInputException(BiometricError.TOO_LARGE, "photo over " + MAX_SIDE);
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (BiometricInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new BiometricInputException(BiometricError.CORRUPT_IMAGE, "photo cannot be decoded", e);
    }
  }
}
