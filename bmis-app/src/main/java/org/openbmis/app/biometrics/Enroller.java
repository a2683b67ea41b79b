package org.openbmis.app.biometrics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Uuids;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.MissingFingerReason;
import org.openbmis.biometrics.Template;
import org.springframework.stereotype.Component;

/**
 * Stores prints of a traveller (encrypted, superseding the earlier print of the same finger) and
 * missing fingers, audits it, and after commit adds the prints to the gallery and starts the
 * background duplicate search. Runs inside the caller's transaction.
 */
@Component
class Enroller {

  private final FingerprintRepository repo;
  private final TemplateStore store;
  private final Sealer sealer;
  private final Galleries galleries;
  private final DuplicateSearch duplicates;
  private final BiometricsProperties properties;
  private final AuditLog audit;
  private final Clock clock;

  Enroller(
      FingerprintRepository repo,
      TemplateStore store,
      Sealer sealer,
      Galleries galleries,
      DuplicateSearch duplicates,
      BiometricsProperties properties,
      AuditLog audit,
      Clock clock) {
    this.repo = repo;
    this.store = store;
    this.sealer = sealer;
    this.galleries = galleries;
    this.duplicates = duplicates;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  List<EnrolledFinger> enrol(UUID travellerId, List<Enrolment> prints) {
    return enrol(travellerId, prints, null);
  }

  /**
   * Stores prints as the traveller's current ones (first enrolment, or fingers added after a match
   * at the desk), superseding earlier prints of the same fingers.
   *
   * @param reason why they were captured outside an inspection, null at the desk
   */
  List<EnrolledFinger> enrol(UUID travellerId, List<Enrolment> prints, @Nullable String reason) {
    Instant now = clock.instant();
    List<EnrolledFinger> stored = new ArrayList<>();
    Map<FingerPosition, Template> templates = new EnumMap<>(FingerPosition.class);
    for (Enrolment e : prints) {
      repo.supersede(travellerId, e.position(), now);
      stored.add(store(travellerId, e, now, null));
      templates.put(e.position(), e.template());
    }
    if (!stored.isEmpty()) {
      audit.record(
          "biometrics.fingerprints_enrolled",
          "traveller",
          travellerId,
          AuditLog.Outcome.SUCCESS,
          "fingerprints enrolled for traveller "
              + travellerId
              + " at post "
              + stored.get(0).capturedPost()
              + ": "
              + describe(stored)
              + (reason == null ? "" : ", outside an inspection, reason: " + reason));
      galleries.addTraveller(travellerId, templates);
      duplicates.startAfterCommit(travellerId, templates);
    }
    return stored;
  }

  /**
   * Stores prints proposed by a change request: pending, beside the current ones (nothing is
   * superseded, nothing enters the gallery until a supervisor approves).
   */
  List<EnrolledFinger> propose(UUID travellerId, List<Enrolment> prints, UUID changeRequest) {
    Instant now = clock.instant();
    List<EnrolledFinger> stored = new ArrayList<>();
    for (Enrolment e : prints) {
      stored.add(store(travellerId, e, now, changeRequest));
    }
    return stored;
  }

  private EnrolledFinger store(
      UUID travellerId, Enrolment e, Instant now, @Nullable UUID changeRequest) {
    Actor actor = CurrentActor.get();
    UUID id = Uuids.timeOrdered();
    EnrolledFinger f =
        new EnrolledFinger(
            id,
            travellerId,
            e.position(),
            e.source(),
            e.imageFormat(),
            e.quality() == null ? null : e.quality().score(),
            e.quality() == null ? null : e.quality().verdict().name(),
            store.engineName(),
            store.engineVersion(),
            now,
            actor.postCode(),
            actor.username());
    byte[] image =
        e.image() != null && properties.storeImages() ? sealer.sealImage(id, e.image()) : null;
    repo.insert(
        f, e.template().minutiaeCount(), store.seal(id, e.template()), image, changeRequest);
    return f;
  }

  void missing(UUID travellerId, FingerPosition position, MissingFingerReason reason) {
    Actor actor = CurrentActor.get();
    repo.insertMissing(
        travellerId, position, reason.name(), clock.instant(), actor.postCode(), actor.username());
    audit.record(
        "biometrics.finger_missing",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        position.name() + " " + reason.name());
  }

  private static String describe(List<EnrolledFinger> stored) {
    StringBuilder b = new StringBuilder();
    for (EnrolledFinger f : stored) {
      b.append(b.length() == 0 ? "" : ", ").append(f.position().code()).append(' ');
      b.append(f.source()).append(" q=").append(f.qualityScore());
    }
    return b.append(" (")
        .append(stored.get(0).engineName())
        .append(' ')
        .append(stored.get(0).engineVersion())
        .append(')')
        .toString();
  }
}
