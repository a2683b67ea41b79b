package org.openbmis.app.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.CaptureParts;
import org.openbmis.app.movement.BiometricCapture;
import org.openbmis.app.movement.DecisionCommand;
import org.openbmis.app.movement.DecisionResult;
import org.openbmis.app.movement.DeskBiometrics;
import org.openbmis.app.movement.DeskChip;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.InspectionView;
import org.openbmis.app.movement.MovementService;
import org.openbmis.app.movement.StartInspectionCommand;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Primary inspection for desks, kiosks and e-gates. Post and desk come from the account. */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections", description = "Primary inspection and the recorded movement")
class InspectionApiController {

  private final MovementService movements;
  private final DeskBiometrics biometrics;
  private final DeskChip chip;
  private final org.openbmis.app.pki.PkiProperties pki;

  InspectionApiController(
      MovementService movements,
      DeskBiometrics biometrics,
      DeskChip chip,
      org.openbmis.app.pki.PkiProperties pki) {
    this.movements = movements;
    this.biometrics = biometrics;
    this.chip = chip;
    this.pki = pki;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Start an inspection",
      description =
          "Reads the MRZ (or the keyed-in document), finds or registers the traveller, and answers"
              + " the parsed document, warnings, history and the proposed direction.")
  InspectionView start(@Valid @RequestBody StartInspectionCommand command) {
    return movements.startInspection(command);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Start an inspection with fingerprints and a face photo",
      description =
          "Parts: `mrz` (or `inspection`, the JSON body of the plain call), optional `direction`,"
              + " then `position` (ISO code 1-10 or RIGHT_THUMB ... LEFT_LITTLE) and `image` (PNG,"
              + " JPEG, BMP or WSQ at 500 ppi) pairs, `missing` as POSITION:REASON, and `photo`"
              + " (JPEG or PNG). The answer is the inspection with `biometrics`: `outcome` (ENROLLED"
              + " at the first crossing, MATCH or NO_MATCH later), `match`, `score`, `threshold`,"
              + " `fingers` compared, `quality`, `alertHits` (also among the screening hits, where a"
              + " blocking one prevents ADMITTED) and the traveller's `photos`. A rejected print or"
              + " photo answers 422 and starts nothing. Chip files (issue 23): `sod` and `dg1` ..."
              + " `dg16` add `chip` to the answer (as POST /api/v1/chip/verify answers, DG1 compared"
              + " with `mrz`); an INVALID chip or a DG1 differing from the MRZ is a blocking"
              + " condition; bytes that are not an SOD answer 422 and start nothing.")
  Object startWithBiometrics(
      org.springframework.web.multipart.MultipartHttpServletRequest request,
      @RequestParam(required = false) @Nullable String mrz,
      @RequestPart(name = "inspection", required = false) @Nullable StartInspectionCommand json,
      @RequestParam(required = false) @Nullable Direction direction,
      @RequestParam(name = "position", required = false) @Nullable List<String> positions,
      @RequestPart(name = "image", required = false) @Nullable List<MultipartFile> images,
      @RequestParam(name = "missing", required = false) @Nullable List<String> missing,
      @RequestPart(name = "photo", required = false) @Nullable MultipartFile photo) {
    StartInspectionCommand command;
    if (json != null) {
      command =
          direction == null
              ? json
              : new StartInspectionCommand(json.mrz(), direction, json.document());
    } else if (mrz != null && !mrz.isBlank()) {
      command = new StartInspectionCommand(mrz, direction, null);
    } else {
      throw new InvalidInputProblem(
          "movement.document_required",
          "Send the `mrz` part, or the `inspection` part with the keyed-in document.",
          List.of(
              new InvalidInputProblem.FieldError("mrz", "movement.document_required", "required")));
    }
    org.openbmis.app.pki.ChipResult verdict =
        org.openbmis.app.pki.ChipUpload.present(request)
            ? chip.verify(
                    org.openbmis.app.pki.ChipUpload.read(request, pki.maxFileBytes()),
                    command.mrz())
                .withActiveAuthentication(
                    org.openbmis.app.pki.ChipUpload.activeAuthentication(request))
            : null;
    var capture =
        new BiometricCapture(
            CaptureParts.captures(positions, images, missing),
            photo == null ? null : CaptureParts.bytes(photo));
    InspectionView view = biometrics.start(command, capture, verdict);
    return verdict == null ? view : new DeskChip.InspectionWithChip(view, verdict);
  }

  @PostMapping("/{id}/decision")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Record the decision",
      description =
          "Records the movement. A refusal needs a reason; a second decision answers 409.")
  DecisionResult decide(@PathVariable UUID id, @Valid @RequestBody DecisionCommand command) {
    return movements.decide(id, command);
  }
}
