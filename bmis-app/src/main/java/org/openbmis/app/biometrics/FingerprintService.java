package org.openbmis.app.biometrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.traveller.TravellerService;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.Template;
import org.openbmis.biometrics.crypto.TemplateCipherException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fingerprints of travellers: enrolment (images, ANSI/NIST-ITL files, ISO/ANSI minutiae), 1:1
 * verification and 1:N identification. Capture and matching are for post staff; the list of
 * enrolled fingers (never the data) also for administrators. Every access is audited.
 */
@Service
public class FingerprintService {

  static final String DESK = "hasAnyRole('OFFICER','SUPERVISOR')";
  static final String STAFF = "hasAnyRole('OFFICER','SUPERVISOR','ADMIN')";
  static final int MAX_FINGERS = 12;

  private final Captures captures;
  private final Enroller enroller;
  private final Matching matching;
  private final FingerprintRepository repo;
  private final TravellerService travellers;
  private final TemplateStore store;
  private final ChangeSubmission changes;
  private final AuditLog audit;

  FingerprintService(
      Captures captures,
      Enroller enroller,
      Matching matching,
      FingerprintRepository repo,
      TravellerService travellers,
      TemplateStore store,
      ChangeSubmission changes,
      AuditLog audit) {
    this.captures = captures;
    this.enroller = enroller;
    this.matching = matching;
    this.repo = repo;
    this.travellers = travellers;
    this.store = store;
    this.changes = changes;
    this.audit = audit;
  }

  /**
   * Enrols fingers captured outside an inspection, with the reason. At a traveller's first
   * enrolment the prints become current; when the traveller already has prints they never replace
   * them here: they go to a pending change request that a supervisor decides ({@link
   * ChangeRequestService}). Missing fingers are recorded either way.
   *
   * @throws InvalidInputProblem 422 {@code biometrics.capture_reason_required} without a reason
   * @throws org.openbmis.app.shared.ConflictProblem 409 {@code biometrics.change_pending} while
   *     another change of the traveller's prints awaits a decision
   */
  @PreAuthorize(DESK)
  @Transactional
  public EnrolmentOutcome enrol(
      UUID travellerId, List<FingerCapture> fingers, @Nullable String reason) {
    String why = CaptureParts.reason(reason);
    requireTraveller(travellerId);
    List<Enrolment> prints = new ArrayList<>();
    for (FingerCapture c : limit(fingers)) {
      if (c.isMissing()) {
        enroller.missing(travellerId, c.position(), c.missingReason());
      } else {
        prints.add(captures.fromImage(c.position(), c.image()));
      }
    }
    return enrolOrPropose(travellerId, prints, why);
  }

  /**
   * Enrols the prints of an ANSI/NIST-ITL file (types 3, 4, 14) or of one ISO/IEC 19794-2 or ANSI
   * 378 minutiae record (then {@code position} is required), as {@link #enrol} does.
   */
  @PreAuthorize(DESK)
  @Transactional
  public EnrolmentOutcome enrolTemplateFile(
      UUID travellerId, byte[] file, @Nullable FingerPosition position, @Nullable String reason) {
    String why = CaptureParts.reason(reason);
    requireTraveller(travellerId);
    return enrolOrPropose(travellerId, captures.fromTemplateFile(file, position), why);
  }

  private EnrolmentOutcome enrolOrPropose(UUID travellerId, List<Enrolment> prints, String why) {
    if (prints.isEmpty() || !repo.hasPrints(travellerId)) {
      return new EnrolmentOutcome(enroller.enrol(travellerId, prints, why), null);
    }
    return changes.submit(travellerId, prints, why);
  }

  /**
   * Compares captured fingers with the traveller's enrolled prints (1:1). A stored print that fails
   * decryption throws {@link TemplateCipherException}; the failed read stays audited.
   */
  @PreAuthorize(DESK)
  @Transactional(noRollbackFor = TemplateCipherException.class)
  public Verification verify(UUID travellerId, List<FingerCapture> fingers) {
    requireTraveller(travellerId);
    Map<FingerPosition, Template> probe = probe(fingers);
    Map<FingerPosition, Template> enrolled = matching.enrolled(travellerId);
    if (enrolled.isEmpty()) {
      throw new NotFoundProblem("biometrics.not_enrolled", "The traveller has no fingerprints.");
    }
    Verification v = changes.withPending(travellerId, probe, matching.verify(probe, enrolled));
    audit.record(
        "biometrics.verified",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        (v.match() ? "match" : "no match")
            + (v.changePending() ? " (change pending, matched " + v.matchedReference() + ")" : "")
            + ", score "
            + v.score()
            + ", "
            + v.fingers().size()
            + " comparisons");
    return v;
  }

  /** Searches captured fingers against every enrolled traveller (1:N), best first. */
  @PreAuthorize(DESK)
  @Transactional
  public List<IdentityCandidate> identify(List<FingerCapture> fingers) {
    store.requireEnabled();
    Map<FingerPosition, Template> probe = probe(fingers);
    List<IdentityCandidate> found = matching.identify(probe, matching.threshold());
    audit.record(
        "biometrics.identified",
        "fingerprints",
        null,
        AuditLog.Outcome.SUCCESS,
        probe.size() + " fingers -> " + found.size() + " candidates");
    return found;
  }

  /**
   * The traveller's enrolled fingers and missing fingers (metadata only), audited; post staff read
   * those of travellers seen at their post (403 {@code traveller.other_post}).
   */
  @PreAuthorize(STAFF)
  @Transactional
  public List<EnrolledFinger> fingerprints(UUID travellerId) {
    travellers.requireInScope(travellerId, "biometrics.fingerprints_listed");
    List<EnrolledFinger> list = repo.summaries(travellerId);
    audit.record(
        "biometrics.fingerprints_listed",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        list.size() + " fingers");
    return list;
  }

  /** Fingers recorded as missing, as {@code POSITION:REASON}, newest first. */
  @PreAuthorize(STAFF)
  @Transactional(readOnly = true)
  public List<String> missingFingers(UUID travellerId) {
    return repo.missing(travellerId);
  }

  /** Whether biometric storage is configured at this node (an encryption key is set). */
  public boolean available() {
    return store.enabled();
  }

  Map<FingerPosition, Template> probe(List<FingerCapture> fingers) {
    Map<FingerPosition, Template> probe = new EnumMap<>(FingerPosition.class);
    for (FingerCapture c : limit(fingers)) {
      if (!c.isMissing()) {
        probe.put(c.position(), captures.fromImage(c.position(), c.image()).template());
      }
    }
    if (probe.isEmpty()) {
      throw new InvalidInputProblem("biometrics.no_capture", "Send at least one fingerprint.");
    }
    return probe;
  }

  private static List<FingerCapture> limit(List<FingerCapture> fingers) {
    if (fingers.size() > MAX_FINGERS) {
      throw new InvalidInputProblem("biometrics.too_many_fingers", "At most 12 fingers at once.");
    }
    return fingers;
  }

  private void requireTraveller(UUID travellerId) {
    store.requireEnabled();
    travellers.writePending(travellerId);
    if (!travellers.exists(travellerId)) {
      throw new NotFoundProblem("traveller.not_found", "No such traveller.");
    }
  }
}
