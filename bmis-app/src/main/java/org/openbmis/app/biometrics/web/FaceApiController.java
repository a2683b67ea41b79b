package org.openbmis.app.biometrics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.CaptureParts;
import org.openbmis.app.biometrics.FacePhoto;
import org.openbmis.app.biometrics.FaceService;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.http.CacheControl;
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

/** Face photos: capture with portrait checks (422 with the reasons), list, and read (audited). */
@RestController
@Tag(name = "Biometrics", description = "Fingerprints and face photos")
class FaceApiController {

  private final FaceService faces;

  FaceApiController(FaceService faces) {
    this.faces = faces;
  }

  @PostMapping(
      path = "/api/v1/travellers/{id}/face",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Store a face photo taken outside an inspection (part `photo`, JPEG or PNG)",
      description =
          "Part `reason` required (1-300 characters: 422 `biometrics.capture_reason_required`)."
              + " 422 `biometrics.not_a_portrait` with one error per reason to retake; 422"
              + " `biometrics.photo_undecodable` when it cannot be decoded. The photo is decoded and"
              + " re-encoded (JPEG stays JPEG, else PNG): trailing bytes and metadata are dropped."
              + " 201 CURRENT; for a traveller who has photos, 202 with status PENDING and the"
              + " `changeRequestId` a supervisor decides (see change-requests).")
  ResponseEntity<FacePhoto> capture(
      @PathVariable UUID id,
      @RequestParam(name = "reason", required = false) @Nullable String reason,
      @RequestPart(name = "photo", required = false) @Nullable MultipartFile photo,
      @RequestPart(name = "image", required = false) @Nullable MultipartFile image) {
    MultipartFile file = photo != null ? photo : image;
    if (file == null) {
      throw new InvalidInputProblem("biometrics.no_capture", "Send the photo as part `photo`.");
    }
    CaptureParts.reason(reason);
    FacePhoto stored = faces.capture(id, CaptureParts.bytes(file), reason);
    return ResponseEntity.status(
            FacePhoto.PENDING.equals(stored.status()) ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
        .body(stored);
  }

  @GetMapping("/api/v1/travellers/{id}/faces")
  @Operation(summary = "The traveller's photos, newest first (audited)")
  List<FacePhoto> photos(@PathVariable UUID id) {
    return faces.photos(id);
  }

  @GetMapping(
      path = "/api/v1/biometrics/faces/{photoId}",
      produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE, "*/*"})
  @Operation(summary = "One photo (JPEG or PNG), decrypted; every read is audited")
  ResponseEntity<byte[]> image(@PathVariable UUID photoId) {
    byte[] data = faces.image(photoId);
    MediaType type =
        "PNG".equals(faces.format(photoId)) ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
    return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore()).body(data);
  }
}
