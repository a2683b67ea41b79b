package org.openbmis.app.biometrics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.MissingFingerReason;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads the multipart parts of a biometric upload (the biometric API, the inspection API and the
 * desk screens): positions paired with images, in order, and missing fingers; bad parts answer 422
 * with a stable {@code biometrics.*} code.
 */
public final class CaptureParts {

  private CaptureParts() {}

  /** Pairs {@code position} parts with {@code image} parts, then adds {@code missing} ones. */
  public static List<FingerCapture> captures(
      @Nullable List<String> positions,
      @Nullable List<MultipartFile> images,
      @Nullable List<String> missing) {
    List<String> p = positions == null ? List.of() : positions;
    List<MultipartFile> i = images == null ? List.of() : images;
    if (p.size() != i.size()) {
      throw new InvalidInputProblem(
          "biometrics.position_image_pairs",
          "Send one position part before each image part ("
              + p.size()
              + " positions, "
              + i.size()
              + " images).");
    }
    List<FingerCapture> out = new ArrayList<>();
    for (int k = 0; k < p.size(); k++) {
      out.add(FingerCapture.of(position(p.get(k)), bytes(i.get(k))));
    }
    for (String m : missing == null ? List.<String>of() : missing) {
      out.add(missingFinger(m));
    }
    return out;
  }

  /** A single finger from its ISO code or name. */
  public static FingerPosition position(@Nullable String text) {
    try {
      FingerPosition f = FingerPosition.parse(text);
      if (f.isSingleFinger()) {
        return f;
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw new InvalidInputProblem(
        "biometrics.position",
        "Finger position: ISO code 1-10 (1 = right thumb ... 10 = left little) or its name.",
        List.of(new InvalidInputProblem.FieldError("position", "biometrics.position", "1-10")));
  }

  /** A missing finger as {@code POSITION:REASON}, e.g. {@code 9:AMPUTATED}. */
  public static FingerCapture missingFinger(String text) {
    int colon = text.indexOf(':');
    if (colon < 1) {
      throw new InvalidInputProblem(
          "biometrics.missing_finger", "Missing finger: POSITION:REASON, e.g. 9:AMPUTATED.");
    }
    try {
      MissingFingerReason reason =
          MissingFingerReason.valueOf(text.substring(colon + 1).strip().toUpperCase(Locale.ROOT));
      return FingerCapture.missing(position(text.substring(0, colon)), reason);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputProblem(
          "biometrics.missing_finger", "Reason: AMPUTATED, BANDAGED or UNABLE_TO_PRINT.");
    }
  }

  /**
   * The reason for a capture outside an inspection (required, 300 characters at most), stripped.
   *
   * @throws InvalidInputProblem 422 {@code biometrics.capture_reason_required} when blank or longer
   */
  public static String reason(@Nullable String text) {
    String r = text == null ? "" : text.strip();
    if (r.isEmpty() || r.length() > 300) {
      throw new InvalidInputProblem(
          "biometrics.capture_reason_required",
          "Give the reason for a capture outside an inspection (300 characters at most).",
          List.of(
              new InvalidInputProblem.FieldError(
                  "reason", "biometrics.capture_reason_required", "1-300 characters")));
    }
    return r;
  }

  /** The bytes of an upload; an empty or unreadable file is a 422. */
  public static byte[] bytes(MultipartFile file) {
    try {
      byte[] data = file.getBytes();
      if (data.length == 0) {
        throw new InvalidInputProblem("biometrics.empty_file", "The file is empty.");
      }
      return data;
    } catch (IOException e) {
      throw new InvalidInputProblem("biometrics.upload_unreadable", "The upload cannot be read.");
    }
  }
}
