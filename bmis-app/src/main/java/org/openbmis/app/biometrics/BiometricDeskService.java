package org.openbmis.app.biometrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.traveller.TravellerService;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.Template;
import org.openbmis.biometrics.crypto.TemplateCipherException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The biometric step of an inspection, called by the desk flow: enrolment at the first crossing,
 * 1:1 verification at later ones, 1:N search against biometric alerts every time, and a background
 * duplicate-identity search after each enrolment and after each capture that does not match the
 * traveller's enrolled prints (the same fingers under another identity go to a supervisor).
 */
@Service
public class BiometricDeskService {

  private final FingerprintService fingerprints;
  private final Captures captures;
  private final Enroller enroller;
  private final Matching matching;
  private final FingerprintRepository repo;
  private final TravellerService travellers;
  private final TemplateStore store;
  private final DuplicateSearch duplicates;
  private final ChangeSubmission changes;
  private final AuditLog audit;

  BiometricDeskService(
      FingerprintService fingerprints,
      Captures captures,
      Enroller enroller,
      Matching matching,
      FingerprintRepository repo,
      TravellerService travellers,
      TemplateStore store,
      DuplicateSearch duplicates,
      ChangeSubmission changes,
      AuditLog audit) {
    this.fingerprints = fingerprints;
    this.captures = captures;
    this.enroller = enroller;
    this.matching = matching;
    this.repo = repo;
    this.travellers = travellers;
    this.store = store;
    this.duplicates = duplicates;
    this.changes = changes;
    this.audit = audit;
  }

  /**
   * Checks the fingers captured at the desk. Prints rated POOR are compared but not enrolled (the
   * officer is prompted to recapture); after a MATCH, fingers not enrolled yet are added.
   *
   * @return the outcome, never null; NOT_AVAILABLE when no key is configured, NOT_CAPTURED when no
   *     print was given (missing fingers are still recorded)
   * @throws BiometricInputProblem (422, code {@code biometrics.*}) when an image is unusable
   * @throws NotFoundProblem when the traveller does not exist
   * @throws TemplateCipherException when an enrolled print fails decryption (tampered or another
   *     key); audited as a failed read
   */
  @PreAuthorize(FingerprintService.DESK)
  @Transactional(noRollbackFor = TemplateCipherException.class)
  public BiometricCheck checkAtDesk(UUID travellerId, List<FingerCapture> fingers) {
    if (!store.enabled()) {
      return BiometricCheck.notAvailable();
    }
    // a traveller shown by an open inspection is written now: their prints are about to be stored
    travellers.writePending(travellerId);
    if (!travellers.exists(travellerId)) {
      throw new NotFoundProblem("traveller.not_found", "No such traveller.");
    }
    List<Enrolment> prints = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (FingerCapture c : fingers) {
      if (c.isMissing()) {
        enroller.missing(travellerId, c.position(), c.missingReason());
        missing.add(c.position().name() + ":" + c.missingReason().name());
      } else {
        prints.add(captures.fromImage(c.position(), c.image()));
      }
    }
    List<CaptureQuality> quality = prints.stream().map(DeskChecks::quality).toList();
    if (prints.isEmpty()) {
      return new BiometricCheck(
          BiometricCheck.Outcome.NOT_CAPTURED, null, quality, List.of(), missing, List.of(), false);
    }
    Map<FingerPosition, Template> probe = new EnumMap<>(FingerPosition.class);
    prints.forEach(p -> probe.put(p.position(), p.template()));
    List<BiometricAlertHit> hits = matching.alerts(probe);
    BiometricCheck check =
        repo.hasPrints(travellerId)
            ? verifyAndComplete(travellerId, prints, probe, quality, missing, hits)
            : enrolFirst(travellerId, prints, quality, missing, hits);
    audit.record(
        "biometrics.desk_check",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        DeskChecks.describe(check));
    return check;
  }

  /**
   * The same check on the capture page, outside an inspection: a reason is required (422 {@code
   * biometrics.capture_reason_required}) and audited. It never replaces enrolled prints (see {@link
   * FingerprintService#enrol} for a change request).
   */
  @PreAuthorize(FingerprintService.DESK)
  @Transactional(noRollbackFor = TemplateCipherException.class)
  public BiometricCheck checkOutsideInspection(
      UUID travellerId, List<FingerCapture> fingers, @Nullable String reason) {
    String why = CaptureParts.reason(reason);
    BiometricCheck check = checkAtDesk(travellerId, fingers);
    audit.record(
        "biometrics.capture_outside_inspection",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        "fingerprints captured for traveller "
            + travellerId
            + " outside an inspection ("
            + check.outcome()
            + "), reason: "
            + why);
    return check;
  }

  private BiometricCheck enrolFirst(
      UUID travellerId,
      List<Enrolment> prints,
      List<CaptureQuality> quality,
      List<String> missing,
      List<BiometricAlertHit> hits) {
    List<Enrolment> good = prints.stream().filter(DeskChecks::enrollable).toList();
    List<FingerPosition> stored =
        enroller.enrol(travellerId, good).stream().map(EnrolledFinger::position).toList();
    BiometricCheck.Outcome outcome =
        stored.isEmpty() ? BiometricCheck.Outcome.NOT_CAPTURED : BiometricCheck.Outcome.ENROLLED;
    return new BiometricCheck(outcome, null, quality, stored, missing, hits, !stored.isEmpty());
  }

  private BiometricCheck verifyAndComplete(
      UUID travellerId,
      List<Enrolment> prints,
      Map<FingerPosition, Template> probe,
      List<CaptureQuality> quality,
      List<String> missing,
      List<BiometricAlertHit> hits) {
    Map<FingerPosition, Template> enrolled = matching.enrolled(travellerId);
    // while a change of the prints awaits approval, the capture is compared with both references
    Verification v = changes.withPending(travellerId, probe, matching.verify(probe, enrolled));
    BiometricCheck.Outcome outcome =
        !v.compared()
            ? BiometricCheck.Outcome.NOT_COMPARED
            : v.match() ? BiometricCheck.Outcome.MATCH : BiometricCheck.Outcome.NO_MATCH;
    List<FingerPosition> added = List.of();
    if (outcome == BiometricCheck.Outcome.MATCH) {
      List<Enrolment> fresh =
          prints.stream()
              .filter(p -> !enrolled.containsKey(p.position()) && DeskChecks.enrollable(p))
              .toList();
      added = enroller.enrol(travellerId, fresh).stream().map(EnrolledFinger::position).toList();
      return new BiometricCheck(outcome, v, quality, added, missing, hits, !added.isEmpty());
    }
    // not this traveller's fingers (or none in common): whose are they? searched in the background
    duplicates.startAfterCommit(travellerId, probe);
    return new BiometricCheck(outcome, v, quality, added, missing, hits, true);
  }

  /** Whether biometric storage is configured at this node. */
  public boolean available() {
    return fingerprints.available();
  }
}
