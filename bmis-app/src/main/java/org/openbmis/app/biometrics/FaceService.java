package org.openbmis.app.biometrics;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Uuids;
import org.openbmis.app.traveller.TravellerService;
import org.openbmis.biometrics.BiometricInputException;
import org.openbmis.biometrics.crypto.TemplateCipherException;
import org.openbmis.biometrics.face.PortraitCheck;
import org.openbmis.biometrics.face.PortraitReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Face photos: checked at capture (size, aspect, exposure, sharpness, one face where a detector is
 * available), stored encrypted, listed and shown beside earlier photos. Every access audited.
 */
@Service
public class FaceService {

  private final PortraitCheck check;
  private final FaceRepository repo;
  private final Sealer sealer;
  private final TravellerService travellers;
  private final ChangeSubmission changes;
  private final AuditLog audit;
  private final Clock clock;

  FaceService(
      PortraitCheck check,
      FaceRepository repo,
      Sealer sealer,
      TravellerService travellers,
      ChangeSubmission changes,
      AuditLog audit,
      Clock clock) {
    this.check = check;
    this.repo = repo;
    this.sealer = sealer;
    this.travellers = travellers;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Checks and stores a photo (JPEG or PNG) taken during an inspection. The photo is decoded and
   * re-encoded before storage: what is stored and served back is never the upload itself.
   *
   * @throws InvalidInputProblem 422 {@code biometrics.not_a_portrait} with one field error per
   *     reason to retake (TOO_SMALL, BLURRED ...), 422 {@code biometrics.photo_undecodable}, or a
   *     {@link BiometricInputProblem}
   */
  @PreAuthorize(FingerprintService.DESK)
  @Transactional
  public FacePhoto capture(UUID travellerId, byte[] photo) {
    return store(travellerId, photo, null);
  }

  /**
   * Stores a photo taken outside an inspection, as {@link #capture(UUID, byte[])} does, with the
   * reason (required: 422 {@code biometrics.capture_reason_required}), audited. For a traveller who
   * already has photos it is PENDING: a change request a supervisor decides ({@link
   * ChangeRequestService}); until then it is not among the traveller's photos.
   */
  @PreAuthorize(FingerprintService.DESK)
  @Transactional
  public FacePhoto capture(UUID travellerId, byte[] photo, @Nullable String reason) {
    return store(travellerId, photo, CaptureParts.reason(reason));
  }

  private FacePhoto store(UUID travellerId, byte[] photo, @Nullable String reason) {
    sealer.requireEnabled();
    travellers.writePending(travellerId);
    if (!travellers.exists(travellerId)) {
      throw new NotFoundProblem("traveller.not_found", "No such traveller.");
    }
    PortraitReport report;
    try {
      report = check.check(photo);
    } catch (BiometricInputException e) {
      throw BiometricInputProblem.of(e, "photo");
    }
    if (!report.acceptable()) {
      audit.record(
          "biometrics.face_rejected",
          "traveller",
          travellerId,
          AuditLog.Outcome.FAILURE,
          report.problems().toString());
      throw new InvalidInputProblem(
          "biometrics.not_a_portrait",
          "Take the photo again: " + report.problems(),
          report.problems().stream()
              .map(p -> new InvalidInputProblem.FieldError("photo", "biometrics.portrait." + p, ""))
              .toList());
    }
    Actor actor = CurrentActor.get();
    PhotoEncoder.Encoded clean = PhotoEncoder.reencode(photo);
    // outside an inspection, a traveller's photos are never replaced without a supervisor
    @Nullable ChangeRequest change = null;
    if (reason != null) {
      List<FacePhoto> earlier = repo.photos(travellerId);
      if (!earlier.isEmpty()) {
        change = changes.submitFace(travellerId, reason, earlier.get(0).capturedPost());
      }
    }
    FacePhoto stored =
        new FacePhoto(
            Uuids.timeOrdered(),
            travellerId,
            clean.format().name(),
            report.width(),
            report.height(),
            clock.instant(),
            actor.postCode(),
            actor.username(),
            change == null ? FacePhoto.CURRENT : FacePhoto.PENDING,
            change == null ? null : change.id());
    repo.insert(stored, sealer.sealImage(stored.id(), clean.data()));
    audit.record(
        "biometrics.face_captured",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        "face photo for traveller "
            + travellerId
            + " stored at post "
            + actor.postCode()
            + " ("
            + stored.format()
            + " "
            + stored.width()
            + "x"
            + stored.height()
            + ", re-encoded)"
            + (change == null ? "" : ", pending approval (change request " + change.id() + ")")
            + (reason == null ? "" : ", outside an inspection, reason: " + reason));
    return stored;
  }

  /**
   * The traveller's photos, newest first (metadata), audited; post staff read those of travellers
   * seen at their post (403 {@code traveller.other_post}).
   */
  @PreAuthorize(FingerprintService.STAFF)
  @Transactional
  public List<FacePhoto> photos(UUID travellerId) {
    travellers.requireInScope(travellerId, "biometrics.faces_listed");
    List<FacePhoto> list = repo.photos(travellerId);
    audit.record(
        "biometrics.faces_listed",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        list.size() + " photos");
    return list;
  }

  /** The photo itself, decrypted, audited (post-scoped as {@link #photos}). */
  @PreAuthorize(FingerprintService.STAFF)
  @Transactional(noRollbackFor = TemplateCipherException.class)
  public byte[] image(UUID photoId) {
    FacePhoto p =
        repo.find(photoId)
            .orElseThrow(() -> new NotFoundProblem("biometrics.photo_not_found", "No such photo."));
    travellers.requireInScope(p.travellerId(), "biometrics.face_read");
    byte[] image;
    try {
      image = sealer.openImage(p.id(), repo.sealedImage(p.id()));
    } catch (TemplateCipherException e) {
      audit.record(
          "biometrics.face_read",
          "traveller",
          p.travellerId(),
          AuditLog.Outcome.FAILURE,
          "photo " + p.id() + " failed authentication");
      throw e;
    }
    audit.record(
        "biometrics.face_read",
        "traveller",
        p.travellerId(),
        AuditLog.Outcome.SUCCESS,
        "photo " + p.id());
    return image;
  }

  /** The format of a stored photo (JPEG or PNG), for the response's content type. */
  @PreAuthorize(FingerprintService.STAFF)
  @Transactional(readOnly = true)
  public String format(UUID photoId) {
    return repo.find(photoId).map(FacePhoto::format).orElse("JPEG");
  }
}
