package org.openbmis.app.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Signs the audit chain's head once a day at {@code bmis.audit.sign-at} (UTC), on a thread of its
 * own (ADR 0010). A failed signing is logged and tried again the next day; an administrator can
 * sign at any time from the verification screen.
 */
@Component
class DailyHeadSigning {

  private static final Logger log = LoggerFactory.getLogger(DailyHeadSigning.class);

  private final AuditHeadSigner signer;
  private final AuditProperties properties;
  private final Clock clock;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "audit-head-signing");
            t.setDaemon(true);
            return t;
          });

  private final RunOnce runOnce;

  DailyHeadSigning(
      AuditHeadSigner signer, AuditProperties properties, Clock clock, RunOnce runOnce) {
    this.signer = signer;
    this.properties = properties;
    this.clock = clock;
    this.runOnce = runOnce;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!properties.verifyAndExit()) {
      scheduleNext();
    }
  }

  /** Milliseconds from now to the next signing time. */
  long delayMillis() {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
    ZonedDateTime next = now.with(properties.signAt());
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    return Duration.between(now, next).toMillis();
  }

  private void scheduleNext() {
    timer.schedule(this::sign, delayMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Signs in one of the central processes sharing the database (ADR 0027): they all wake at the
   * same time; the lease, kept an hour, lets one sign.
   */
  private void sign() {
    try {
      runOnce.run(
          "audit-head-signing",
          Duration.ofHours(1),
          Duration.ofHours(1),
          () -> {
            var head = signer.signHead();
            log.info("Signed the audit chain's head at sequence {}", head.sequence());
          });
    } catch (RuntimeException e) {
      log.error("Signing the audit chain's head failed; trying again tomorrow", e);
    } finally {
      scheduleNext();
    }
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    timer.shutdownNow();
  }
}
