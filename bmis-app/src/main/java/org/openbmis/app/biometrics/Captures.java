package org.openbmis.app.biometrics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.biometrics.BiometricInputException;
import org.openbmis.biometrics.CapturedFinger;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.FingerprintCapture;
import org.openbmis.biometrics.FingerprintEngine;
import org.openbmis.biometrics.ImageFormat;
import org.openbmis.biometrics.Template;
import org.openbmis.biometrics.ansinist.AnsiNistFile;
import org.openbmis.biometrics.ansinist.AnsiNistFinger;
import org.openbmis.biometrics.ansinist.AnsiNistReader;
import org.springframework.stereotype.Component;

/**
 * Turns what the desk sends (image files, ANSI/NIST-ITL files, ISO/IEC 19794-2 or ANSI 378
 * templates) into templates with their quality; rejected input becomes a {@link
 * BiometricInputProblem} with the library's stable code.
 */
@Component
class Captures {

  private final FingerprintCapture capture;
  private final FingerprintEngine engine;
  private final AnsiNistReader ansiNist;

  Captures(FingerprintCapture capture, FingerprintEngine engine, AnsiNistReader ansiNist) {
    this.capture = capture;
    this.engine = engine;
    this.ansiNist = ansiNist;
  }

  /** Decodes and extracts one captured image. */
  Enrolment fromImage(FingerPosition position, byte[] image) {
    requireSingleFinger(position);
    try {
      CapturedFinger f = capture.capture(position, image);
      ImageFormat format = f.image().sourceFormat();
      return new Enrolment(position, f.template(), f.quality(), "IMAGE", format.name(), image);
    } catch (BiometricInputException e) {
      throw BiometricInputProblem.of(e, position.name());
    }
  }

  /**
   * Reads a template file: an ANSI/NIST-ITL transaction (every single-finger record of types 3, 4
   * and 14) or one ISO/IEC 19794-2 or ANSI 378 record of one finger, whose position must be given
   * (the library does not return the position of an imported view).
   */
  List<Enrolment> fromTemplateFile(byte[] data, @Nullable FingerPosition position) {
    try {
      if (isAnsiNist(data)) {
        return fromAnsiNist(ansiNist.read(data));
      }
      List<Template> views = engine.importTemplates(data);
      if (position == null) {
        throw new InvalidInputProblem(
            "biometrics.position_required", "Give the finger position of the minutiae template.");
      }
      requireSingleFinger(position);
      if (views.size() != 1) {
        throw new InvalidInputProblem(
            "biometrics.template_views", "Send one minutiae record per finger.");
      }
      return List.of(new Enrolment(position, views.get(0), null, "ISO_TEMPLATE", null, null));
    } catch (BiometricInputException e) {
      throw BiometricInputProblem.of(e, "template");
    }
  }

  private List<Enrolment> fromAnsiNist(AnsiNistFile file) {
    List<Enrolment> out = new ArrayList<>();
    for (AnsiNistFinger f : file.fingers()) {
      FingerPosition p = f.position().finger().orElse(null);
      if (p == null || out.stream().anyMatch(e -> e.position() == p)) {
        continue;
      }
      CapturedFinger c = capture.capture(p, ansiNist.decode(f));
      out.add(new Enrolment(p, c.template(), c.quality(), "ANSI_NIST", f.compression(), null));
    }
    if (out.isEmpty()) {
      throw new InvalidInputProblem(
          "biometrics.no_fingerprint_record", "The ANSI/NIST file has no single-finger image.");
    }
    return out;
  }

  static boolean isAnsiNist(byte[] data) {
    String head = new String(data, 0, Math.min(8, data.length), StandardCharsets.US_ASCII);
    return head.matches("(?s)1\\.0*1:.*");
  }

  static void requireSingleFinger(FingerPosition position) {
    if (!position.isSingleFinger()) {
      throw new InvalidInputProblem(
          "biometrics.position", "Give one finger: code 1-10 (or 11, 12 for plain thumbs).");
    }
  }

  /** Parses a position given as an ISO code or a name. */
  static FingerPosition position(@Nullable String text) {
    try {
      FingerPosition p = FingerPosition.parse(text);
      requireSingleFinger(p);
      return p;
    } catch (IllegalArgumentException e) {
      throw new InvalidInputProblem(
          "biometrics.position",
          "Finger position: ISO code 1-10 (1 = right thumb) or a name such as RIGHT_THUMB.",
          List.of(new InvalidInputProblem.FieldError("position", "biometrics.position", "")));
    }
  }
}
