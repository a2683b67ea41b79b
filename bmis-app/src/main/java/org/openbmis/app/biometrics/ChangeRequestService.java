package org.openbmis.app.biometrics;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of enrolled fingerprints (and face photos) awaiting a decision: listed for supervisors of
 * the enrolling post and headquarters ({@link ChangeApprovers}), shown with both references,
 * approved (the new prints become current, the old ones history) or rejected (the old ones stay
 * current). Every step is audited in words, never with biometric data.
 */
@Service
public class ChangeRequestService {

  static final String APPROVERS = "hasAnyRole('SUPERVISOR','ADMIN')";

  private final ChangeRequestRepository repo;
  private final FingerprintRepository prints;
  private final FaceRepository faces;
  private final Matching matching;
  private final Galleries galleries;
  private final AuditLog audit;
  private final Clock clock;

  ChangeRequestService(
      ChangeRequestRepository repo,
      FingerprintRepository prints,
      FaceRepository faces,
      Matching matching,
      Galleries galleries,
      AuditLog audit,
      Clock clock) {
    this.repo = repo;
    this.prints = prints;
    this.faces = faces;
    this.matching = matching;
    this.galleries = galleries;
    this.audit = audit;
    this.clock = clock;
  }

  /** Requests of a status (PENDING, APPROVED, REJECTED) the actor may decide, newest first. */
  @PreAuthorize(APPROVERS)
  @Transactional
  public List<ChangeRequest> requests(@Nullable String status, int limit) {
    String s = status == null ? ChangeRequest.PENDING : status.toUpperCase(Locale.ROOT);
    if (!List.of(ChangeRequest.PENDING, ChangeRequest.APPROVED, ChangeRequest.REJECTED)
        .contains(s)) {
      throw new InvalidInputProblem(
          "biometrics.change_request_status", "PENDING, APPROVED or REJECTED.");
    }
    String post = ChangeApprovers.scope(CurrentActor.get());
    List<ChangeRequest> list = repo.list(s, post, limit);
    audit.record(
        "biometrics.change_requests_listed",
        "change_request",
        null,
        AuditLog.Outcome.SUCCESS,
        s + (post == null ? " (all posts)" : " (post " + post + ")") + " -> " + list.size());
    return list;
  }

  /** One request with the current and the proposed prints (metadata), audited. */
  @PreAuthorize(APPROVERS)
  @Transactional
  public ChangeRequestDetail detail(UUID id) {
    ChangeRequest r = find(id);
    ChangeApprovers.requireMaySee(CurrentActor.get(), r);
    audit.record(
        "biometrics.change_request_read",
        "traveller",
        r.travellerId(),
        AuditLog.Outcome.SUCCESS,
        "change request " + id + " (" + r.kind() + ", " + r.status() + ")");
    if (r.face()) {
      return new ChangeRequestDetail(
          r, List.of(), List.of(), faces.photos(r.travellerId()), faces.proposed(id));
    }
    return new ChangeRequestDetail(
        r, prints.summaries(r.travellerId()), repo.proposed(id), List.of(), List.of());
  }

  /**
   * Makes the proposed prints current (the replaced ones stay as history), or the proposed photo
   * one of the traveller's photos (the earlier ones stay).
   */
  @PreAuthorize(APPROVERS)
  @Transactional
  public ChangeRequest approve(UUID id, @Nullable String note) {
    ChangeRequest r = decide(id, ChangeRequest.APPROVED, note);
    if (r.face()) {
      faces.decide(id, FacePhoto.CURRENT);
      return recorded(r, "approved", "the new photo is the traveller's latest, earlier ones kept");
    }
    repo.promote(id, r.travellerId(), clock.instant());
    galleries.removeTraveller(r.travellerId());
    galleries.addTraveller(
        r.travellerId(),
        matching.open(r.travellerId(), prints.active(r.travellerId()), "the gallery"));
    return recorded(r, "approved", "the new prints are current, the previous ones kept as history");
  }

  /** Keeps the current prints (or photos); the proposed ones are kept as history, never current. */
  @PreAuthorize(APPROVERS)
  @Transactional
  public ChangeRequest reject(UUID id, @Nullable String note) {
    ChangeRequest r = decide(id, ChangeRequest.REJECTED, note);
    if (r.face()) {
      faces.decide(id, FacePhoto.REJECTED);
      return recorded(r, "rejected", "the current photos stay, the proposed one kept as history");
    }
    repo.retire(id, clock.instant());
    return recorded(r, "rejected", "the current prints stay, the proposed ones kept as history");
  }

  private ChangeRequest decide(UUID id, String status, @Nullable String note) {
    String text = note == null ? "" : note.strip();
    if (text.length() > 300) {
      throw new InvalidInputProblem(
          "biometrics.note_too_long", "The note: 300 characters at most.");
    }
    Actor actor = CurrentActor.get();
    ChangeRequest r = find(id);
    try {
      ChangeApprovers.requireMayDecide(actor, r);
    } catch (RuntimeException e) {
      audit.record(
          action(r, status.toLowerCase(Locale.ROOT)),
          "traveller",
          r.travellerId(),
          AuditLog.Outcome.DENIED,
          "change request " + id + " refused to " + actor.username());
      throw e;
    }
    if (!repo.decide(id, status, clock.instant(), actor.username(), actor.postCode(), text)) {
      throw new ConflictProblem(
          "biometrics.change_request_closed", "This change request is already decided.");
    }
    return find(id);
  }

  private static String action(ChangeRequest r, String verb) {
    return (r.face() ? "biometrics.face_change_" : "biometrics.fingerprint_change_") + verb;
  }

  private ChangeRequest recorded(ChangeRequest r, String verb, String effect) {
    audit.record(
        action(r, verb),
        "traveller",
        r.travellerId(),
        AuditLog.Outcome.SUCCESS,
        "change request "
            + r.id()
            + (r.face() ? " (new face photo" : " (new fingerprints")
            + " for traveller "
            + r.travellerId()
            + " submitted at post "
            + r.requestedPost()
            + " by "
            + r.requestedBy()
            + ") "
            + verb
            + " by "
            + r.decidedBy()
            + ": "
            + effect
            + (r.decisionNote() == null || r.decisionNote().isEmpty()
                ? ""
                : "; note: " + r.decisionNote()));
    return r;
  }

  private ChangeRequest find(UUID id) {
    return repo.find(id)
        .orElseThrow(
            () ->
                new NotFoundProblem(
                    "biometrics.change_request_not_found", "No such change request."));
  }
}
