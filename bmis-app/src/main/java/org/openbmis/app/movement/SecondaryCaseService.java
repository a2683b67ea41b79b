package org.openbmis.app.movement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.screening.ScreeningService;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.BusinessRuleProblem;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Uuids;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secondary inspection at a post: the queue of referred travellers, notes, the document
 * examination, and the outcome that records the crossing's one movement (ADR 0011). Secondary
 * officers and supervisors work their own post's cases; every read and write is audited against the
 * traveller.
 */
@Service
public class SecondaryCaseService {

  private static final String SECONDARY = "hasAnyRole('SECONDARY','SUPERVISOR')";

  private final SecondaryCaseRepository cases;
  private final InspectionRepository inspections;
  private final InspectionSources sources;
  private final CrossingRecorder recorder;
  private final ScreeningService screening;
  private final AuditLog audit;
  private final Clock clock;

  SecondaryCaseService(
      SecondaryCaseRepository cases,
      InspectionRepository inspections,
      InspectionSources sources,
      CrossingRecorder recorder,
      ScreeningService screening,
      AuditLog audit,
      Clock clock) {
    this.cases = cases;
    this.inspections = inspections;
    this.sources = sources;
    this.recorder = recorder;
    this.screening = screening;
    this.audit = audit;
    this.clock = clock;
  }

  /** The post's cases: OPEN (the queue, oldest first) or CLOSED (latest first). */
  @PreAuthorize(SECONDARY)
  @Transactional
  public List<SecondaryCaseView> cases(@Nullable String status) {
    String s = status == null || status.isBlank() ? "OPEN" : status.strip().toUpperCase();
    if (!s.equals("OPEN") && !s.equals("CLOSED")) {
      throw new InvalidInputProblem("secondary.status_invalid", "The status is OPEN or CLOSED.");
    }
    Actor actor = CurrentActor.get();
    // The open queue is shown whole (up to a safety cap): a cap of 200 hid the newest referrals
    // of a busy post behind its oldest cases. Closed cases: the latest 200.
    List<SecondaryCaseView> list = cases.list(actor.postScope(), s, s.equals("OPEN") ? 2000 : 200);
    audit.record(
        "secondary.queue_read",
        "post",
        actor.postId(),
        AuditLog.Outcome.SUCCESS,
        s + " " + list.size());
    return list;
  }

  /** One case with its notes (audited as a read of the traveller's record). */
  @PreAuthorize(SECONDARY)
  @Transactional
  public SecondaryCaseView get(UUID id) {
    SecondaryCaseView c = own(id, "secondary.case_read");
    audit.record(
        "secondary.case_read",
        "traveller",
        c.travellerId(),
        AuditLog.Outcome.SUCCESS,
        "case " + id);
    return c;
  }

  /** Takes a case: the user is now working it. */
  @PreAuthorize(SECONDARY)
  @Transactional
  public SecondaryCaseView take(UUID id) {
    SecondaryCaseView c = own(id, "secondary.case_taken");
    if (!cases.take(id, CurrentActor.get().username(), clock.instant())) {
      throw closed();
    }
    audit.record(
        "secondary.case_taken",
        "traveller",
        c.travellerId(),
        AuditLog.Outcome.SUCCESS,
        "case " + id);
    return cases.find(id).orElseThrow();
  }

  /** Adds a note to an open case (up to 2000 characters). */
  @PreAuthorize(SECONDARY)
  @Transactional
  public SecondaryCaseView addNote(UUID id, @Nullable String text) {
    if (text == null || text.isBlank() || text.length() > 2000) {
      throw new InvalidInputProblem(
          "secondary.note_invalid",
          "Write a note of at most 2000 characters.",
          List.of(
              new InvalidInputProblem.FieldError(
                  "text", "secondary.note_invalid", "1 to 2000 characters")));
    }
    SecondaryCaseView c = own(id, "secondary.note_added");
    if (!c.open()) {
      throw closed();
    }
    cases.addNote(
        id, Uuids.timeOrdered(), CurrentActor.get().username(), clock.instant(), text.strip());
    audit.record(
        "secondary.note_added",
        "traveller",
        c.travellerId(),
        AuditLog.Outcome.SUCCESS,
        "case " + id);
    return cases.find(id).orElseThrow();
  }

  /**
   * Closes the case with its outcome. ADMITTED and REFUSED record exactly one movement for the
   * crossing, linked to the inspection and the case; an admission needs the traveller's blocking
   * hits resolved first (422 {@code secondary.hits_open}); a second outcome is 409.
   */
  @PreAuthorize(SECONDARY)
  @Transactional
  public SecondaryCaseView close(UUID id, SecondaryOutcomeCommand cmd) {
    if (cmd.decision() == null) {
      throw new InvalidInputProblem(
          "secondary.outcome_required",
          "Choose the outcome: ADMITTED, REFUSED, OTHER_AUTHORITY or WITHDRAWN.",
          List.of(
              new InvalidInputProblem.FieldError(
                  "decision", "secondary.outcome_required", "required")));
    }
    Actor actor = CurrentActor.get();
    SecondaryCaseView c = own(id, "secondary.case_closed");
    if (!c.open()) {
      throw closed();
    }
    if (cmd.decision() == SecondaryOutcome.REFUSED) {
      DecisionPolicy.requireRefusalGrounds(cmd.refusalReason(), cmd.remarks());
    }
    if (cmd.authorisedUntil() != null
        && (cmd.decision() != SecondaryOutcome.ADMITTED || c.direction() != Direction.ENTRY)) {
      throw new InvalidInputProblem(
          "secondary.stay_not_applicable",
          "A shorter authorised stay applies to an admitted entry only.");
    }
    if (cmd.decision() == SecondaryOutcome.ADMITTED
        && screening.hasOpenBlockingHit(c.travellerId())) {
      audit.record(
          "secondary.case_closed",
          "traveller",
          c.travellerId(),
          AuditLog.Outcome.DENIED,
          "hits open");
      throw new BusinessRuleProblem(
          "secondary.hits_open",
          "Resolve the traveller's alert hits (confirmed or false positive) before admitting.");
    }
    if (cmd.examination() != null) {
      cases.examine(id, cmd.examination());
    }
    Instant now = clock.instant();
    UUID movementId = null;
    if (cmd.decision() == SecondaryOutcome.ADMITTED || cmd.decision() == SecondaryOutcome.REFUSED) {
      movementId = record(c, cmd, actor);
    }
    int minutes = (int) Math.max(0, Duration.between(c.referredAt(), now).toMinutes());
    boolean closed =
        cases.close(
            id,
            new SecondaryCaseRepository.Closing(
                cmd.decision(),
                cmd.refusalReason(),
                cmd.authorisedUntil(),
                blank(cmd.remarks()),
                movementId,
                actor.username(),
                now,
                minutes));
    if (!closed) {
      throw closed();
    }
    audit.record(
        "secondary.case_closed",
        "traveller",
        c.travellerId(),
        AuditLog.Outcome.SUCCESS,
        "case "
            + id
            + " "
            + cmd.decision()
            + (movementId == null ? "" : " movement " + movementId));
    return cases.find(id).orElseThrow();
  }

  private UUID record(SecondaryCaseView c, SecondaryOutcomeCommand cmd, Actor actor) {
    var inspection = inspections.find(c.inspectionId()).orElseThrow();
    DocumentReading doc = sources.read(inspection.source());
    Decision decision =
        cmd.decision() == SecondaryOutcome.ADMITTED ? Decision.ADMITTED : Decision.REFUSED;
    var command =
        new DecisionCommand(
            decision,
            decision == Decision.REFUSED ? cmd.refusalReason() : null,
            null,
            null,
            null,
            null,
            blank(cmd.remarks()),
            c.direction());
    return recorder
        .record(
            new CrossingRecorder.Crossing(
                inspection,
                c.travellerId(),
                inspection.documentId(),
                new AdmissionChecks.DocumentRef(doc.documentCode(), doc.documentNumber()),
                c.direction(),
                command,
                null,
                c.id(),
                cmd.authorisedUntil(),
                null,
                null),
            actor)
        .movementId();
  }

  /** A case of the user's own post (404 unknown, 403 another post's, audited). */
  private SecondaryCaseView own(UUID id, String action) {
    UUID post =
        cases
            .postOf(id)
            .orElseThrow(
                () -> new NotFoundProblem("secondary.not_found", "No such secondary case."));
    Actor actor = CurrentActor.get();
    if (!post.equals(actor.postScope())) {
      audit.record(action, "secondary_case", id, AuditLog.Outcome.DENIED, "other post");
      throw new AccessDeniedProblem("secondary.other_post", "This case belongs to another post.");
    }
    return cases.find(id).orElseThrow();
  }

  private static ConflictProblem closed() {
    return new ConflictProblem("secondary.closed", "This case is already closed.");
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
