package org.openbmis.app.biometrics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.BiometricAlertService;
import org.openbmis.app.biometrics.CaptureParts;
import org.openbmis.app.biometrics.DuplicateCase;
import org.openbmis.app.biometrics.DuplicateService;
import org.openbmis.biometrics.FingerPosition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Fingerprints of person alerts, and duplicate-identity cases (supervisors, administrators). */
@RestController
@Tag(name = "Biometrics", description = "Fingerprints and face photos")
class BiometricAdminApiController {

  /** A supervisor's decision on a duplicate case. */
  record Resolution(boolean samePerson, @Nullable String reason) {}

  private final BiometricAlertService alerts;
  private final DuplicateService duplicates;

  BiometricAdminApiController(BiometricAlertService alerts, DuplicateService duplicates) {
    this.alerts = alerts;
    this.duplicates = duplicates;
  }

  @PostMapping(
      path = "/api/v1/biometrics/alerts/{list}/{reference}/fingerprints",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Attach a fingerprint (`position`, `image`) to a person alert")
  List<FingerPosition> addAlertPrint(
      @PathVariable String list,
      @PathVariable String reference,
      @RequestParam("position") String position,
      @RequestPart("image") MultipartFile image) {
    return alerts.addFingerprint(
        list, reference, CaptureParts.position(position), CaptureParts.bytes(image));
  }

  @DeleteMapping("/api/v1/biometrics/alerts/{list}/{reference}/fingerprints")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove an alert's fingerprints (soft delete with a reason)")
  void removeAlertPrints(
      @PathVariable String list, @PathVariable String reference, @RequestParam String reason) {
    alerts.removeFingerprints(list, reference, reason);
  }

  @GetMapping("/api/v1/biometrics/duplicates")
  @Operation(summary = "Possible duplicate identities (OPEN, CONFIRMED or DISMISSED)")
  List<DuplicateCase> duplicates(@RequestParam(defaultValue = "OPEN") String status) {
    return duplicates.cases(status, 200);
  }

  @PostMapping("/api/v1/biometrics/duplicates/{id}/resolution")
  @Operation(summary = "Confirm (same person) or dismiss a duplicate case, with a reason")
  DuplicateCase resolve(@PathVariable UUID id, @RequestBody Resolution body) {
    return duplicates.resolve(id, body.samePerson(), body.reason());
  }
}
