package org.openbmis.app.movement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.BiometricAlertHit;
import org.openbmis.app.biometrics.BiometricCheck;
import org.openbmis.app.biometrics.BiometricDeskService;
import org.openbmis.app.biometrics.FacePhoto;
import org.openbmis.app.biometrics.FaceService;
import org.openbmis.app.biometrics.FingerScore;
import org.openbmis.app.screening.BiometricAlertScreening;
import org.openbmis.app.screening.BiometricMatch;
import org.openbmis.app.screening.DeskHit;
import org.openbmis.app.screening.DeskScreening;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The biometric step of a primary inspection: fingers and a face photo captured with the scan (API)
 * or after it (the inspection screen, before the decision). Enrolment at the first crossing and 1:1
 * verification later come from {@link BiometricDeskService}; every capture is searched against the
 * fingerprints of person alerts, and each match is recorded by the screening module as a hit like a
 * name hit ({@link BiometricAlertScreening}): a blocking one makes ADMITTED a 422 {@code
 * movement.override_required} (ADR 0011). A post without devices or without a biometric key sends
 * nothing and the inspection shows NOT_CAPTURED (or NOT_AVAILABLE), never an error.
 *
 * <p>Composition lives here, beside {@link MovementService} and not inside it: movement depends on
 * the public APIs of biometrics and screening; neither of them knows about inspections.
 */
@Service
public class DeskBiometrics {

  /** The field of every biometric warning of an inspection. */
  static final String FIELD = "biometrics";

  private final MovementService movements;
  private final InspectionRepository inspections;
  private final BiometricDeskService desk;
  private final FaceService faces;
  private final BiometricAlertScreening alerts;
  private final TransactionTemplate tx;

  DeskBiometrics(
      MovementService movements,
      InspectionRepository inspections,
      BiometricDeskService desk,
      FaceService faces,
      BiometricAlertScreening alerts,
      TransactionTemplate tx) {
    this.movements = movements;
    this.inspections = inspections;
    this.desk = desk;
    this.faces = faces;
    this.alerts = alerts;
    this.tx = tx;
  }

  /** Whether this node stores biometrics (a key is configured). */
  public boolean available() {
    return desk.available();
  }

  /**
   * Starts an inspection with what was captured at the same time, in one transaction: a rejected
   * print or photo (422) leaves no inspection behind. {@code chip}: the verdict of chip files sent
   * with the scan (null if none), written with the inspection.
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  public InspectionView start(
      StartInspectionCommand cmd,
      BiometricCapture capture,
      org.openbmis.app.pki.@Nullable ChipResult chip) {
    return tx.execute(
        s -> {
          InspectionView view = movements.startInspection(cmd, chip);
          if (capture.isEmpty()) {
            return view;
          }
          BiometricCheck check = fingers(view, capture);
          FacePhoto photo = capture.photo() == null ? null : storePhoto(view, capture.photo());
          return apply(view, check, photo, List.of());
        });
  }

  /**
   * Adds a capture to an inspection on screen (open, at the officer's post). The prints are checked
   * and stored in one transaction; a photo that fails the portrait checks is not stored and its
   * reasons are shown (take it again) without losing the fingerprint result.
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  public InspectionView capture(InspectionView view, BiometricCapture capture) {
    var inspection =
        inspections
            .find(view.id())
            .orElseThrow(
                () -> new NotFoundProblem("movement.inspection_not_found", "No such inspection."));
    if (!inspection.postId().equals(CurrentActor.get().postId())) {
      throw new AccessDeniedProblem(
          "movement.other_post", "This inspection belongs to another post.");
    }
    if (inspection.movementId() != null) {
      throw new ConflictProblem(
          "movement.already_decided", "This inspection has already been decided.");
    }
    if (capture.isEmpty()) {
      throw new InvalidInputProblem(
          "biometrics.no_capture", "Capture fingers or a photo, or choose files.");
    }
    BiometricCheck check = tx.execute(s -> fingers(view, capture));
    FacePhoto photo = null;
    List<String> problems = List.of();
    if (capture.photo() != null && desk.available()) {
      try {
        photo = tx.execute(s -> storePhoto(view, capture.photo()));
      } catch (InvalidInputProblem e) {
        problems =
            e.fieldErrors().isEmpty()
                ? List.of(e.code())
                : e.fieldErrors().stream().map(InvalidInputProblem.FieldError::code).toList();
      }
    }
    return apply(view, check, photo, problems);
  }

  private @Nullable BiometricCheck fingers(InspectionView view, BiometricCapture capture) {
    if (capture.fingers().isEmpty()) {
      return null;
    }
    movements.writeTraveller(view.id());
    return desk.checkAtDesk(view.traveller().id(), capture.fingers());
  }

  private @Nullable FacePhoto storePhoto(InspectionView view, byte[] photo) {
    if (!desk.available()) {
      return null;
    }
    movements.writeTraveller(view.id());
    return faces.capture(view.traveller().id(), photo);
  }

  private InspectionView apply(
      InspectionView view,
      @Nullable BiometricCheck check,
      @Nullable FacePhoto photo,
      List<String> photoProblems) {
    InspectionBiometrics result;
    if (check != null) {
      result = InspectionBiometrics.of(check);
    } else if (view.biometrics().outcome() != BiometricCheck.Outcome.NOT_CAPTURED) {
      result = view.biometrics(); // a photo alone keeps the fingerprint result on screen
    } else {
      result =
          InspectionBiometrics.of(
              desk.available()
                  ? BiometricCheck.Outcome.NOT_CAPTURED
                  : BiometricCheck.Outcome.NOT_AVAILABLE);
    }
    List<FacePhoto> photos =
        desk.available() && (photo != null || !photoProblems.isEmpty() || check != null)
            ? tx.execute(s -> faces.photos(view.traveller().id()))
            : List.of();
    result = result.withPhotos(photo, photos == null ? List.of() : photos, photoProblems);
    List<DeskHit> hits =
        check == null || check.alertHits().isEmpty()
            ? List.of()
            : tx.execute(
                s ->
                    alerts.recordAtDesk(
                        view.traveller().id(), view.id(), matches(check.alertHits())));
    List<InspectionWarning> warnings = new ArrayList<>();
    hits.forEach(h -> warnings.add(warning(h)));
    if (result.outcome() == BiometricCheck.Outcome.NO_MATCH) {
      warnings.add(
          new InspectionWarning(
              "biometrics.no_match",
              "ALERT",
              FIELD,
              String.format(
                  Locale.ROOT,
                  "Fingerprints do not match the prints enrolled for this traveller: best score %.1f,"
                      + " threshold %.0f (%s). Capture again or refer to secondary.",
                  result.score(),
                  result.threshold(),
                  fingers(result.fingers()))));
    }
    if (result.recaptureAdvised()) {
      warnings.add(
          new InspectionWarning(
              "biometrics.recapture",
              "WARNING",
              FIELD,
              "Poor print: capture it again ("
                  + result.quality().stream()
                      .filter(q -> q.recapture())
                      .map(q -> q.position().name())
                      .collect(Collectors.joining(", "))
                  + ")."));
    }
    if (!photoProblems.isEmpty()) {
      warnings.add(
          new InspectionWarning(
              "biometrics.not_a_portrait",
              "WARNING",
              FIELD,
              "Take the photo again: " + String.join(", ", photoProblems) + "."));
    }
    DeskScreening screened = view.screening();
    if (!hits.isEmpty()) {
      screened =
          new DeskScreening(
              Stream.concat(hits.stream(), screened.hits().stream()).toList(),
              screened.blocksAdmission() || hits.stream().anyMatch(DeskHit::blocking),
              screened.listsChecked());
    }
    return view.withBiometrics(result, warnings, screened);
  }

  private static List<BiometricMatch> matches(List<BiometricAlertHit> hits) {
    return hits.stream()
        .map(h -> new BiometricMatch(h.list(), h.reference(), h.score(), fingers(h.fingers())))
        .toList();
  }

  private static String fingers(List<FingerScore> fingers) {
    return fingers.stream()
        .map(
            f ->
                String.format(
                    Locale.ROOT,
                    "%s%s %.1f",
                    f.probe().name(),
                    f.probe() == f.reference() ? "" : "~" + f.reference().name(),
                    f.score()))
        .collect(Collectors.joining(", "));
  }

  private static InspectionWarning warning(DeskHit h) {
    String text =
        String.format(
            Locale.ROOT,
            "%s list %s entry %s%s, action %s: %s",
            h.previouslyCleared() ? "Previously cleared:" : "Alert hit (fingerprints):",
            h.list(),
            h.sourceId(),
            h.matchedName() == null ? "" : " (" + h.matchedName() + ")",
            h.action(),
            h.explanation());
    return DeskAlerts.of(h, FIELD, text);
  }
}
