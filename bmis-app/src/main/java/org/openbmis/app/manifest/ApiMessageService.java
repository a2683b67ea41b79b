package org.openbmis.app.manifest;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Role;
import org.openbmis.app.shared.Uuids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives advance passenger information. The raw bytes are committed first, in a transaction of
 * their own (durable before anything is acknowledged, ADR 0008), then the message is processed in a
 * second one: if processing fails the message stays RECEIVED and can be processed again; if it
 * cannot be read it is REJECTED with its reasons and kept.
 */
@Service
public class ApiMessageService {

  /** Largest message accepted (a 500-passenger list is about 150 KB). */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(ApiMessageService.class);

  private final MessageRepository messages;
  private final ManifestIntake intake;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  ApiMessageService(
      MessageRepository messages,
      ManifestIntake intake,
      AuditLog audit,
      TransactionTemplate tx,
      Clock clock) {
    this.messages = messages;
    this.intake = intake;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /** A message from a carrier's system; hits are shown to administrators only (ADR 0019). */
  @PreAuthorize("hasAnyRole('ADMIN','API_SUBMITTER')")
  public IntakeResult submit(byte[] raw) {
    IntakeResult result = receive(raw, "API");
    boolean admin = CurrentActor.find().map(a -> a.roles().contains(Role.ADMIN)).orElse(false);
    return admin ? result : result.withoutHits();
  }

  /** A message from the watched folder (no user: the folder is the carrier's channel). */
  IntakeResult receiveFromFolder(byte[] raw) {
    return receive(raw, "FOLDER");
  }

  private IntakeResult receive(byte[] raw, String source) {
    if (raw.length == 0) {
      throw new InvalidInputProblem("manifest.empty", "The message is empty.");
    }
    if (raw.length > MAX_BYTES) {
      throw new InvalidInputProblem("manifest.too_large", "The message is larger than 5 MB.");
    }
    UUID id = Uuids.timeOrdered();
    Instant now = clock.instant();
    String by = CurrentActor.find().map(Actor::username).orElse(null);
    tx.executeWithoutResult(
        s -> {
          messages.insertReceived(id, now, source, by, raw);
          audit.record(
              "manifest.received",
              "api_message",
              id,
              AuditLog.Outcome.SUCCESS,
              raw.length + " bytes");
        });
    return process(id, raw, now);
  }

  /** Processes a kept message again (after a fix: a post's location code, a reader change). */
  @PreAuthorize("hasRole('ADMIN')")
  public IntakeResult reprocess(UUID id) {
    byte[] raw =
        messages
            .raw(id)
            .orElseThrow(
                () -> new NotFoundProblem("manifest.message_not_found", "No such message."));
    MessageView m = messages.find(id).orElseThrow();
    return process(id, raw, m.receivedAt());
  }

  private IntakeResult process(UUID id, byte[] raw, Instant receivedAt) {
    long start = System.nanoTime();
    IntakeResult r =
        tx.execute(
            s -> {
              IntakeResult result = intake.process(id, raw, receivedAt);
              audit.record(
                  "manifest." + result.status().toLowerCase(java.util.Locale.ROOT),
                  "api_message",
                  id,
                  result.accepted() ? AuditLog.Outcome.SUCCESS : AuditLog.Outcome.FAILURE,
                  result.accepted()
                      ? result.passengers()
                          + " passengers, "
                          + result.crew()
                          + " crew, "
                          + result.hits().size()
                          + " hits"
                      : String.join("; ", result.reasons()));
              return result;
            });
    log.info("API message {} {} in {} ms", id, r.status(), (System.nanoTime() - start) / 1_000_000);
    return r;
  }

  /** A kept message: status, reasons, what was cleaned, the flight. */
  @PreAuthorize("hasAnyRole('ADMIN','API_SUBMITTER')")
  public MessageView message(UUID id) {
    MessageView m =
        messages
            .find(id)
            .orElseThrow(
                () -> new NotFoundProblem("manifest.message_not_found", "No such message."));
    Actor actor = CurrentActor.get();
    if (!actor.roles().contains(Role.ADMIN) && !actor.username().equals(m.submittedBy())) {
      throw new NotFoundProblem("manifest.message_not_found", "No such message.");
    }
    return m;
  }
}
