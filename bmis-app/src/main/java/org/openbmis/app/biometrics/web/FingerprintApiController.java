package org.openbmis.app.biometrics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.BiometricCheck;
import org.openbmis.app.biometrics.BiometricDeskService;
import org.openbmis.app.biometrics.CaptureParts;
import org.openbmis.app.biometrics.ChangeRequest;
import org.openbmis.app.biometrics.EnrolledFinger;
import org.openbmis.app.biometrics.EnrolmentOutcome;
import org.openbmis.app.biometrics.FingerprintService;
import org.openbmis.app.biometrics.IdentityCandidate;
import org.openbmis.app.biometrics.Verification;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Fingerprint enrolment, 1:1 verification and 1:N identification (multipart uploads). */
@RestController
@Tag(name = "Biometrics", description = "Fingerprints and face photos")
class FingerprintApiController {

  /**
   * ENROLLED (the fingers are current) or PENDING_APPROVAL (stored beside the current ones until a
   * supervisor decides the change request), the fingers stored, those whose quality asks for a
   * recapture.
   */
  record EnrolmentResponse(
      String status,
      List<EnrolledFinger> fingers,
      List<String> recapture,
      @Nullable ChangeRequest changeRequest) {}

  /** Travellers whose prints match the capture, best first. */
  record IdentifyResponse(List<IdentityCandidate> candidates) {}

  private final FingerprintService fingerprints;
  private final BiometricDeskService desk;

  FingerprintApiController(FingerprintService fingerprints, BiometricDeskService desk) {
    this.fingerprints = fingerprints;
    this.desk = desk;
  }

  @PostMapping(
      path = "/api/v1/biometrics/desk-check",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "The biometric step of an inspection",
      description =
          "Parts: `travellerId`, `position`/`image` pairs, `missing` as POSITION:REASON. Enrols at"
              + " the first crossing, verifies 1:1 later, searches the biometric alerts (1:N).")
  BiometricCheck deskCheck(
      @RequestParam UUID travellerId,
      @RequestParam(name = "position", required = false) @Nullable List<String> positions,
      @RequestPart(name = "image", required = false) @Nullable List<MultipartFile> images,
      @RequestParam(name = "missing", required = false) @Nullable List<String> missing) {
    return desk.checkAtDesk(travellerId, CaptureParts.captures(positions, images, missing));
  }

  @PostMapping(
      path = "/api/v1/travellers/{id}/fingerprints",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Enrol fingerprints outside an inspection (with a reason)",
      description =
          "Parts: `reason` (required, 1-300 characters: 422 `biometrics.capture_reason_required`),"
              + " `position` (ISO code 1-10 or RIGHT_THUMB ... LEFT_LITTLE) then `image` (PNG, JPEG,"
              + " BMP or WSQ at 500 ppi), repeated; or one `template` (ANSI/NIST-ITL file, or an ISO"
              + " 19794-2 / ANSI 378 record with its `position`); `missing` as POSITION:REASON."
              + " First enrolment: 201, status ENROLLED. A traveller who already has prints keeps"
              + " them: 202, status PENDING_APPROVAL with the `changeRequest` a supervisor of the"
              + " enrolling post decides (see change-requests); 409 `biometrics.change_pending`"
              + " while another one awaits a decision.")
  ResponseEntity<EnrolmentResponse> enrol(
      @PathVariable UUID id,
      @RequestParam(name = "reason", required = false) @Nullable String reason,
      @RequestParam(name = "position", required = false) @Nullable List<String> positions,
      @RequestPart(name = "image", required = false) @Nullable List<MultipartFile> images,
      @RequestPart(name = "template", required = false) @Nullable MultipartFile template,
      @RequestParam(name = "missing", required = false) @Nullable List<String> missing) {
    CaptureParts.reason(reason);
    EnrolmentOutcome outcome;
    if (template != null) {
      var position =
          positions == null || positions.isEmpty() ? null : CaptureParts.position(positions.get(0));
      outcome = fingerprints.enrolTemplateFile(id, CaptureParts.bytes(template), position, reason);
    } else {
      var captures = CaptureParts.captures(positions, images, missing);
      if (captures.isEmpty()) {
        throw new InvalidInputProblem(
            "biometrics.no_capture", "Send position and image parts, or a template part.");
      }
      outcome = fingerprints.enrol(id, captures, reason);
    }
    List<String> recapture =
        outcome.fingers().stream()
            .filter(f -> "POOR".equals(f.qualityVerdict()))
            .map(f -> f.position().name())
            .toList();
    return ResponseEntity.status(outcome.pending() ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
        .body(
            new EnrolmentResponse(
                outcome.pending() ? "PENDING_APPROVAL" : "ENROLLED",
                outcome.fingers(),
                recapture,
                outcome.changeRequest()));
  }

  @GetMapping("/api/v1/travellers/{id}/fingerprints")
  @Operation(summary = "The traveller's enrolled fingers (metadata only, audited)")
  List<EnrolledFinger> enrolled(@PathVariable UUID id) {
    return fingerprints.fingerprints(id);
  }

  @PostMapping(path = "/api/v1/biometrics/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "1:1 verification against the traveller's enrolled prints",
      description = "Parts: `travellerId`, then one or more `position` and `image` pairs.")
  Verification verify(
      @RequestParam UUID travellerId,
      @RequestParam(name = "position", required = false) @Nullable List<String> positions,
      @RequestPart(name = "image", required = false) @Nullable List<MultipartFile> images) {
    return fingerprints.verify(travellerId, CaptureParts.captures(positions, images, null));
  }

  @PostMapping(path = "/api/v1/biometrics/identify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "1:N identification against every enrolled traveller",
      description = "Parts: one or more `position` and `image` pairs.")
  IdentifyResponse identify(
      @RequestParam(name = "position", required = false) @Nullable List<String> positions,
      @RequestPart(name = "image", required = false) @Nullable List<MultipartFile> images) {
    return new IdentifyResponse(
        fingerprints.identify(CaptureParts.captures(positions, images, null)));
  }
}
