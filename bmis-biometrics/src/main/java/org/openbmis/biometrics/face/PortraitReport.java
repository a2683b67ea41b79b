package org.openbmis.biometrics.face;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Outcome of the portrait checks.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param meanBrightness mean luminance 0-255
 * @param contrast luminance standard deviation
 * @param sharpness mean absolute luminance gradient
 * @param faces faces found, empty when no detector is available
 * @param problems reasons to retake; empty when the photo is acceptable
 */
public record PortraitReport(
    int width,
    int height,
    double meanBrightness,
    double contrast,
    double sharpness,
    OptionalInt faces,
    List<PortraitProblem> problems) {
  /**
   * Copies the list.
   *
   * @throws NullPointerException if faces or problems is null
   */
  public PortraitReport {
    Objects.requireNonNull(faces, "faces");
    problems = List.copyOf(problems);
  }

  /**
   * Whether the photo passes every check (face count only where a detector is available).
   *
   * @return true when there is no problem
   */
  public boolean acceptable() {
    return problems.isEmpty();
  }
}
