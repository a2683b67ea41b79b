package org.openbmis.app.movement;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.BiometricAlertHit;
import org.openbmis.app.biometrics.BiometricCheck;
import org.openbmis.app.biometrics.CaptureQuality;
import org.openbmis.app.biometrics.FacePhoto;
import org.openbmis.app.biometrics.FingerScore;
import org.openbmis.app.biometrics.Verification;
import org.openbmis.biometrics.FingerPosition;

/**
 * The biometric part of an inspection, as the officer sees it beside the document and alert checks.
 *
 * @param outcome ENROLLED (first crossing: prints stored), MATCH or NO_MATCH (1:1 with the enrolled
 *     prints), NOT_COMPARED (enrolled, no finger in common), NOT_CAPTURED (nothing captured: the
 *     default, also at a post without devices) or NOT_AVAILABLE (biometrics not configured here)
 * @param match whether the capture matches the enrolled prints; null unless compared
 * @param score the best finger score of the 1:1 comparison; null unless compared
 * @param threshold the score from which two prints are the same finger; null unless compared
 * @param fingers every finger compared (captured position, enrolled position, score), best first
 * @param quality the quality of each captured print; {@code recapture} asks for a new print
 * @param enrolled the fingers stored by this capture
 * @param missing fingers recorded as missing, as {@code POSITION:REASON}
 * @param alertHits matches with the fingerprints of person alerts (also among the screening hits
 *     and warnings of the inspection, where a blocking one prevents admission)
 * @param duplicateSearch whether the capture was queued for the background duplicate search
 * @param photo the face photo stored by this capture, null if none
 * @param photos the traveller's photos, newest first (the new one first, earlier ones beside it)
 * @param photoProblems why a photo was not stored (e.g. {@code biometrics.portrait.TOO_SMALL}):
 *     take it again
 * @param pendingChange while a change of the enrolled prints awaits a supervisor's approval, the
 *     capture compared with the proposed prints too (null otherwise); {@code match} stays the
 *     comparison with the approved prints
 */
public record InspectionBiometrics(
    BiometricCheck.Outcome outcome,
    @Nullable Boolean match,
    @Nullable Double score,
    @Nullable Double threshold,
    List<FingerScore> fingers,
    List<CaptureQuality> quality,
    List<FingerPosition> enrolled,
    List<String> missing,
    List<BiometricAlertHit> alertHits,
    boolean duplicateSearch,
    @Nullable FacePhoto photo,
    List<FacePhoto> photos,
    List<String> photoProblems,
    Verification.@Nullable PendingComparison pendingChange) {

  public InspectionBiometrics {
    fingers = List.copyOf(fingers);
    quality = List.copyOf(quality);
    enrolled = List.copyOf(enrolled);
    missing = List.copyOf(missing);
    alertHits = List.copyOf(alertHits);
    photos = List.copyOf(photos);
    photoProblems = List.copyOf(photoProblems);
  }

  /** Nothing captured (the default of every inspection). */
  public static InspectionBiometrics notCaptured() {
    return of(BiometricCheck.Outcome.NOT_CAPTURED);
  }

  static InspectionBiometrics of(BiometricCheck.Outcome outcome) {
    return new InspectionBiometrics(
        outcome, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), false,
        null, List.of(), List.of(), null);
  }

  static InspectionBiometrics of(BiometricCheck c) {
    var v = c.verification();
    return new InspectionBiometrics(
        c.outcome(),
        v == null ? null : v.match(),
        v == null ? null : v.score(),
        v == null ? null : v.threshold(),
        v == null ? List.of() : v.fingers(),
        c.quality(),
        c.enrolled(),
        c.missing(),
        c.alertHits(),
        c.duplicateSearch(),
        null,
        List.of(),
        List.of(),
        v == null ? null : v.pending());
  }

  /**
   * Which prints the capture matched while a change awaits approval: CURRENT (the approved ones),
   * PENDING (only the proposed ones: the identity needs a closer look) or NONE.
   */
  public String matchedReference() {
    if (Boolean.TRUE.equals(match)) {
      return "CURRENT";
    }
    return pendingChange != null && pendingChange.match() ? "PENDING" : "NONE";
  }

  /** The same fingerprint result with the photo outcome. */
  InspectionBiometrics withPhotos(
      @Nullable FacePhoto stored, List<FacePhoto> all, List<String> problems) {
    return new InspectionBiometrics(
        outcome,
        match,
        score,
        threshold,
        fingers,
        quality,
        enrolled,
        missing,
        alertHits,
        duplicateSearch,
        stored,
        all,
        problems,
        pendingChange);
  }

  /** Whether a print is poor enough to capture it again. */
  public boolean recaptureAdvised() {
    return quality.stream().anyMatch(CaptureQuality::recapture);
  }

  /** The photos taken before this capture. */
  public List<FacePhoto> earlierPhotos() {
    return photo == null
        ? photos
        : photos.stream().filter(p -> !p.id().equals(photo.id())).toList();
  }
}
