package org.openbmis.app.biometrics;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Uuids;
import org.openbmis.biometrics.Candidate;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searches newly enrolled prints against every enrolled traveller in the background (one thread),
 * after the enrolment commits. The same fingers under another traveller id (score at or above
 * {@code bmis.biometrics.duplicate-threshold}) open a case for supervisors, once per pair.
 */
@Component
class DuplicateSearch implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(DuplicateSearch.class);

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "bmis-biometric-duplicates"));
  private final Galleries galleries;
  private final DuplicateRepository cases;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final BiometricsProperties properties;
  private final Clock clock;

  DuplicateSearch(
      Galleries galleries,
      DuplicateRepository cases,
      AuditLog audit,
      TransactionTemplate tx,
      BiometricsProperties properties,
      Clock clock) {
    this.galleries = galleries;
    this.cases = cases;
    this.audit = audit;
    this.tx = tx;
    this.properties = properties;
    this.clock = clock;
  }

  void startAfterCommit(UUID travellerId, Map<FingerPosition, Template> probe) {
    String post = CurrentActor.find().map(Actor::postCode).orElse(null);
    Runnable task = () -> executor.execute(() -> run(travellerId, probe, post));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              task.run();
            }
          });
    } else {
      task.run();
    }
  }

  private void run(UUID travellerId, Map<FingerPosition, Template> probe, String post) {
    try {
      var found =
          galleries.searchTravellers(
              probe, properties.duplicateThreshold(), properties.maxCandidates() + 1);
      for (Candidate c : found) {
        UUID other = UUID.fromString(c.subjectId());
        if (!other.equals(travellerId)) {
          tx.executeWithoutResult(s -> open(travellerId, other, c, post));
        }
      }
    } catch (RuntimeException e) {
      log.error("Duplicate search failed for traveller {}", travellerId, e);
    }
  }

  private void open(UUID travellerId, UUID other, Candidate c, String post) {
    if (cases.exists(travellerId, other)) {
      return;
    }
    String fingers =
        c.fingers().stream()
            .map(
                f ->
                    f.probePosition().code()
                        + "~"
                        + f.referencePosition().code()
                        + "="
                        + Math.round(f.score()))
            .limit(10)
            .collect(Collectors.joining(" "));
    UUID id = Uuids.timeOrdered();
    double score = Math.round(c.score() * 100) / 100.0;
    cases.insert(
        new DuplicateCase(
            id,
            travellerId,
            other,
            score,
            fingers,
            "OPEN",
            clock.instant(),
            post,
            null,
            null,
            null));
    audit.record(
        "biometrics.duplicate_detected",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        "same fingers as traveller " + other + ", score " + score);
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
