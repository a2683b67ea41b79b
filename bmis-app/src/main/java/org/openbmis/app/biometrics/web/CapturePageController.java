package org.openbmis.app.biometrics.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.BiometricDeskService;
import org.openbmis.app.biometrics.Camera;
import org.openbmis.app.biometrics.CaptureParts;
import org.openbmis.app.biometrics.FacePhoto;
import org.openbmis.app.biometrics.FaceService;
import org.openbmis.app.biometrics.FingerCapture;
import org.openbmis.app.biometrics.FingerprintScanner;
import org.openbmis.app.biometrics.FingerprintService;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.biometrics.FingerPosition;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The officer's capture page: fingers by upload or from the (simulated) scanner, with quality
 * feedback and a recapture prompt, missing fingers with a reason, and a face photo from the browser
 * camera or a file, shown beside the earlier photos. Capture here is outside an inspection: every
 * form requires a reason, and new prints for a traveller who already has some become a change
 * request for a supervisor (they never replace the enrolled ones).
 */
@Controller
class CapturePageController {

  static final List<FingerPosition> FINGERS = List.of(FingerPosition.values()).subList(1, 11);

  private final FingerprintService fingerprints;
  private final BiometricDeskService desk;
  private final FaceService faces;
  private final FingerprintScanner scanner;
  private final Camera camera;

  CapturePageController(
      FingerprintService fingerprints,
      BiometricDeskService desk,
      FaceService faces,
      FingerprintScanner scanner,
      Camera camera) {
    this.fingerprints = fingerprints;
    this.desk = desk;
    this.faces = faces;
    this.scanner = scanner;
    this.camera = camera;
  }

  @GetMapping("/biometrics/capture")
  String page(@RequestParam UUID travellerId, Model model) {
    model.addAttribute("travellerId", travellerId);
    model.addAttribute("available", fingerprints.available());
    model.addAttribute("fingers", FINGERS);
    model.addAttribute("scanner", scanner.available());
    model.addAttribute("camera", camera.available());
    if (fingerprints.available()) {
      model.addAttribute("enrolled", fingerprints.fingerprints(travellerId));
      model.addAttribute("missing", fingerprints.missingFingers(travellerId));
      model.addAttribute("photos", faces.photos(travellerId));
    }
    return "biometrics/capture";
  }

  @PostMapping("/biometrics/capture/fingers")
  String fingers(
      @RequestParam UUID travellerId,
      @RequestParam String position,
      @RequestParam(required = false) @Nullable MultipartFile image,
      @RequestParam(required = false) @Nullable String missingReason,
      @RequestParam(required = false) @Nullable String simulate,
      @RequestParam(required = false) @Nullable String reason,
      @RequestParam(required = false) @Nullable String replace,
      Model model) {
    try {
      CaptureParts.reason(reason);
      FingerCapture capture;
      if (missingReason != null && !missingReason.isBlank()) {
        capture = CaptureParts.missingFinger(position + ":" + missingReason);
      } else if (simulate != null) {
        FingerPosition p = CaptureParts.position(position);
        capture = FingerCapture.of(p, scanner.scan(p).orElseThrow(NoScan::new));
      } else {
        capture = FingerCapture.of(CaptureParts.position(position), imageOf(image));
      }
      if (replace != null && !capture.isMissing()) {
        // a new reference: first enrolment, or a change request a supervisor decides
        var outcome = fingerprints.enrol(travellerId, List.of(capture), reason);
        model.addAttribute("changeRequest", outcome.changeRequest());
        model.addAttribute("enrolledNow", !outcome.pending());
      } else {
        model.addAttribute(
            "check", desk.checkOutsideInspection(travellerId, List.of(capture), reason));
      }
    } catch (BmisException e) {
      model.addAttribute("error", e.code());
      model.addAttribute("reason", reason);
    } catch (NoScan e) {
      model.addAttribute("error", "biometrics.scanner_empty");
    }
    return page(travellerId, model);
  }

  @PostMapping("/biometrics/capture/face")
  String face(
      @RequestParam UUID travellerId,
      @RequestParam(required = false) @Nullable MultipartFile photo,
      @RequestParam(required = false) @Nullable String simulate,
      @RequestParam(required = false) @Nullable String reason,
      Model model) {
    try {
      CaptureParts.reason(reason);
      byte[] data = simulate != null ? camera.capture().orElseThrow(NoScan::new) : imageOf(photo);
      var stored = faces.capture(travellerId, data, reason);
      model.addAttribute("faceStored", true);
      model.addAttribute("facePending", FacePhoto.PENDING.equals(stored.status()));
    } catch (BmisException e) {
      model.addAttribute("error", e.code());
      if (e instanceof InvalidInputProblem i) {
        model.addAttribute(
            "faceErrors",
            i.fieldErrors().stream().map(InvalidInputProblem.FieldError::code).toList());
      }
    } catch (NoScan e) {
      model.addAttribute("error", "biometrics.camera_empty");
    }
    return page(travellerId, model);
  }

  @GetMapping("/biometrics/faces/{photoId}")
  ResponseEntity<byte[]> photo(@PathVariable UUID photoId) {
    byte[] data = faces.image(photoId);
    MediaType type =
        "PNG".equals(faces.format(photoId)) ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
    return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore()).body(data);
  }

  private static byte[] imageOf(@Nullable MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new InvalidInputProblem("biometrics.no_capture", "Choose a file.");
    }
    return CaptureParts.bytes(file);
  }

  /** The simulated device had no file for this finger or no photo. */
  static final class NoScan extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
