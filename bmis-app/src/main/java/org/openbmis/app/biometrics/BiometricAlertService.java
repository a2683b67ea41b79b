package org.openbmis.app.biometrics;

import java.time.Clock;
import java.util.List;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Uuids;
import org.openbmis.biometrics.FingerPosition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fingerprints of person alerts, keyed by list code and alert reference (as the screening module
 * shows them). Every desk capture is searched against them (1:N). Written centrally by supervisors
 * and administrators; removal is a soft delete with a reason.
 */
@Service
public class BiometricAlertService {

  private static final String MANAGERS = "hasAnyRole('SUPERVISOR','ADMIN')";

  private final Captures captures;
  private final AlertFingerprintRepository repo;
  private final TemplateStore store;
  private final Galleries galleries;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  BiometricAlertService(
      Captures captures,
      AlertFingerprintRepository repo,
      TemplateStore store,
      Galleries galleries,
      AuditLog audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.captures = captures;
    this.repo = repo;
    this.store = store;
    this.galleries = galleries;
    this.audit = audit;
    this.clock = clock;
  }

  /** Adds the print of one finger (an image file) to an alert; returns the alert's fingers. */
  @PreAuthorize(MANAGERS)
  @Transactional
  public List<FingerPosition> addFingerprint(
      String list, String reference, FingerPosition position, byte[] image) {
    store.requireEnabled();
    checkKey(list, reference);
    Enrolment e = captures.fromImage(position, image);
    var id = Uuids.timeOrdered();
    repo.insert(
        id,
        list,
        reference,
        position,
        store.engineName(),
        store.engineVersion(),
        store.seal(id, e.template()),
        clock.instant(),
        CurrentActor.get().username());
    galleries.addAlert(list, reference, position, e.template());
    events.publishEvent(new BiometricAlertChanged(List.of(id)));
    audit.record(
        "biometrics.alert_fingerprint_added",
        "alert",
        list + "/" + reference,
        AuditLog.Outcome.SUCCESS,
        position.name());
    return repo.positions(list, reference);
  }

  /** Removes every print of an alert (soft delete with a reason). */
  @PreAuthorize(MANAGERS)
  @Transactional
  public void removeFingerprints(String list, String reference, String reason) {
    checkKey(list, reference);
    if (reason == null || reason.isBlank() || reason.length() > 200) {
      throw new InvalidInputProblem("biometrics.reason_required", "Give a reason (200 at most).");
    }
    List<java.util.UUID> ids = repo.activeIds(list, reference);
    int n =
        repo.softDelete(list, reference, clock.instant(), CurrentActor.get().username(), reason);
    if (n == 0) {
      throw new NotFoundProblem("biometrics.alert_not_found", "No fingerprints for this alert.");
    }
    galleries.removeAlert(list, reference);
    events.publishEvent(new BiometricAlertChanged(ids));
    audit.record(
        "biometrics.alert_fingerprints_removed",
        "alert",
        list + "/" + reference,
        AuditLog.Outcome.SUCCESS,
        reason);
  }

  private static void checkKey(String list, String reference) {
    if (list == null || !list.matches("[A-Za-z0-9_.-]{1,32}")) {
      throw new InvalidInputProblem("biometrics.alert_list", "List code: 1-32 letters or digits.");
    }
    if (reference == null || reference.isBlank() || reference.length() > 120) {
      throw new InvalidInputProblem("biometrics.alert_reference", "Reference: 1-120 characters.");
    }
  }
}
