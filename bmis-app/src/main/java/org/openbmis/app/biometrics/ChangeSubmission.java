package org.openbmis.app.biometrics;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Uuids;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.Template;
import org.springframework.stereotype.Component;

/**
 * Turns a new enrolment for a traveller who already has prints into a pending change request: the
 * new prints are stored beside the current ones (never over them), compared with them (1:1) and
 * searched against every other traveller (1:N, the flag an approver sees, and the background
 * duplicate search). At the desk, captures are compared with the pending prints as well. Runs
 * inside the caller's transaction.
 */
@Component
class ChangeSubmission {

  private final ChangeRequestRepository repo;
  private final Enroller enroller;
  private final Matching matching;
  private final DuplicateSearch duplicates;
  private final AuditLog audit;
  private final Clock clock;

  ChangeSubmission(
      ChangeRequestRepository repo,
      Enroller enroller,
      Matching matching,
      DuplicateSearch duplicates,
      AuditLog audit,
      Clock clock) {
    this.repo = repo;
    this.enroller = enroller;
    this.matching = matching;
    this.duplicates = duplicates;
    this.audit = audit;
    this.clock = clock;
  }

  EnrolmentOutcome submit(UUID travellerId, List<Enrolment> prints, String reason) {
    if (repo.pendingFor(travellerId, ChangeRequest.FINGERPRINTS).isPresent()) {
      throw new ConflictProblem(
          "biometrics.change_pending",
          "A change of this traveller's fingerprints already awaits a supervisor's decision.");
    }
    Map<FingerPosition, Template> probe = new EnumMap<>(FingerPosition.class);
    prints.forEach(p -> probe.put(p.position(), p.template()));
    Verification v = matching.verify(probe, matching.enrolled(travellerId));
    IdentityCandidate other =
        matching.identify(probe, matching.threshold()).stream()
            .filter(c -> !c.travellerId().equals(travellerId))
            .findFirst()
            .orElse(null);
    Actor actor = CurrentActor.get();
    ChangeRequest r =
        new ChangeRequest(
            Uuids.timeOrdered(),
            travellerId,
            ChangeRequest.FINGERPRINTS,
            ChangeRequest.PENDING,
            reason,
            probe.keySet().stream().map(Enum::name).collect(Collectors.joining(" ")),
            clock.instant(),
            actor.postCode(),
            actor.username(),
            repo.referencePost(travellerId).orElse(null),
            v.compared() ? v.score() : null,
            v.match(),
            v.fingers().stream()
                .map(f -> f.probe().name() + "~" + f.reference().name() + "=" + f.score())
                .limit(10)
                .collect(Collectors.joining(" ")),
            other == null ? null : other.travellerId(),
            other == null ? null : other.score(),
            null,
            null,
            null);
    repo.insert(r);
    List<EnrolledFinger> proposed = enroller.propose(travellerId, prints, r.id());
    duplicates.startAfterCommit(travellerId, probe);
    audit.record(
        "biometrics.fingerprint_change_requested",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        describe(r));
    return new EnrolmentOutcome(proposed, r);
  }

  /** A change request for a photo taken outside an inspection of a traveller who has photos. */
  ChangeRequest submitFace(UUID travellerId, String reason, @Nullable String referencePost) {
    if (repo.pendingFor(travellerId, ChangeRequest.FACE).isPresent()) {
      throw new ConflictProblem(
          "biometrics.change_pending",
          "A change of this traveller's photo already awaits a supervisor's decision.");
    }
    Actor actor = CurrentActor.get();
    ChangeRequest r =
        new ChangeRequest(
            Uuids.timeOrdered(),
            travellerId,
            ChangeRequest.FACE,
            ChangeRequest.PENDING,
            reason,
            "FACE",
            clock.instant(),
            actor.postCode(),
            actor.username(),
            referencePost,
            null,
            false,
            null,
            null,
            null,
            null,
            null,
            null);
    repo.insert(r);
    audit.record(
        "biometrics.face_change_requested",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        "new face photo for traveller "
            + travellerId
            + " submitted at post "
            + r.requestedPost()
            + " by "
            + r.requestedBy()
            + ", pending approval by post "
            + referencePost
            + " or headquarters; request "
            + r.id()
            + "; reason: "
            + reason);
    return r;
  }

  /** The comparison with the prints awaiting approval added, when the traveller has some. */
  Verification withPending(UUID travellerId, Map<FingerPosition, Template> probe, Verification v) {
    return repo.pendingFor(travellerId, ChangeRequest.FINGERPRINTS)
        .map(
            r -> {
              Verification p =
                  matching.verify(
                      probe, matching.open(travellerId, repo.pendingPrints(r.id()), "pending"));
              return v.withPending(
                  new Verification.PendingComparison(r.id(), p.match(), p.score()));
            })
        .orElse(v);
  }

  private static String describe(ChangeRequest r) {
    return "new fingerprints ("
        + r.positions()
        + ") for traveller "
        + r.travellerId()
        + " submitted at post "
        + r.requestedPost()
        + " by "
        + r.requestedBy()
        + ", pending approval by post "
        + r.referencePost()
        + " or headquarters; request "
        + r.id()
        + "; against the current prints: "
        + (r.comparisonScore() == null
            ? "no finger in common"
            : (r.comparisonMatch() ? "same person, score " : "different, score ")
                + r.comparisonScore())
        + (r.otherIdentity()
            ? "; FLAG: matches traveller " + r.otherTravellerId() + ", score " + r.otherScore()
            : "")
        + "; reason: "
        + r.reason();
  }
}
