package org.openbmis.biometrics.face;

import java.awt.image.BufferedImage;
import java.util.OptionalInt;

/**
 * Counts faces in a photo. No offline face detector practical for a pure-Java library is on Maven
 * Central, so the default is {@link #ABSENT}; an OpenCV-based detector (Haar cascades of Debian's
 * {@code opencv-data}) can be plugged in by the application.
 */
public interface FaceDetector {
  /** The detector that is not there: it never answers. */
  FaceDetector ABSENT = image -> OptionalInt.empty();

  /**
   * Counts the faces.
   *
   * @param image the photo
   * @return the number of faces, or empty when this detector cannot tell
   * @throws NullPointerException if image is null
   */
  OptionalInt countFaces(BufferedImage image);
}
